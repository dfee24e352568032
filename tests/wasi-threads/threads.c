#include "threads.h"

#define THREAD_STACK (64 * 1024)

extern void __wasm_call_ctors(void);
int main(void);

/* Program memory for thread stacks and TLS blocks: a bump allocator over a static arena (never freed). */
static _Alignas(16) unsigned char arena[16 << 20];
static size_t arena_used;

void *arena_alloc(size_t size, size_t align)
{
    if (align == 0) align = 1;
    size_t old = __atomic_load_n(&arena_used, __ATOMIC_SEQ_CST), at, end;
    do {
        at = (old + align - 1) & ~(align - 1);
        end = at + size;
        if (end > sizeof arena) return NULL;
    } while (!__atomic_compare_exchange_n(&arena_used, &old, end, 1, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
    return arena + at;
}

int thread_create(struct thread **out, void *(*fn)(void *), void *arg)
{
    struct thread *t = arena_alloc(sizeof *t, 16);
    unsigned char *stack = arena_alloc(THREAD_STACK, 16);
    void *tls = arena_alloc(__builtin_wasm_tls_size(), __builtin_wasm_tls_align());
    if (!t || !stack || !tls) return -1;
    t->stack_top = stack + THREAD_STACK;
    t->tls = tls;
    t->fn = fn;
    t->arg = arg;
    t->done = 0;
    int32_t tid = wasi_thread_spawn(t);
    if (tid <= 0) return -1;   /* EAGAIN for pthread_create */
    t->tid = tid;
    *out = t;
    return 0;
}

/* Called by thread_start.s once the stack and TLS are set up. */
void thread_main(int32_t tid, struct thread *t)
{
    t->tid = tid;
    t->result = t->fn(t->arg);
    __atomic_store_n(&t->done, 1, __ATOMIC_SEQ_CST);
    __builtin_wasm_memory_atomic_notify(&t->done, 1);
}

void *thread_join(struct thread *t)
{
    while (__atomic_load_n(&t->done, __ATOMIC_SEQ_CST) == 0)
        __builtin_wasm_memory_atomic_wait32(&t->done, 0, -1);
    return t->result;
}

void mutex_lock(mutex_t *m)
{
    int32_t c = 0;
    if (__atomic_compare_exchange_n(&m->state, &c, 1, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) return;
    if (c != 2) c = __atomic_exchange_n(&m->state, 2, __ATOMIC_SEQ_CST);
    while (c != 0) {
        __builtin_wasm_memory_atomic_wait32(&m->state, 2, -1);
        c = __atomic_exchange_n(&m->state, 2, __ATOMIC_SEQ_CST);
    }
}

void mutex_unlock(mutex_t *m)
{
    if (__atomic_exchange_n(&m->state, 0, __ATOMIC_SEQ_CST) == 2)
        __builtin_wasm_memory_atomic_notify(&m->state, 1);
}

/* The three functions the compiler may call for loops it recognizes, as there is no libc. */
size_t strlen(const char *s)
{
    size_t n = 0;
    while (s[n]) n++;
    return n;
}

void *memset(void *p, int c, size_t n)
{
    if (n) __builtin_memset(p, c, n);   /* memory.fill with bulk memory */
    return p;
}

void *memcpy(void *d, const void *s, size_t n)
{
    if (n) __builtin_memcpy(d, s, n);   /* memory.copy with bulk memory */
    return d;
}

/* One fd_write per call, as a line-buffered stdio flushes a whole line. */
static void write_all(const char *s, size_t n)
{
    iovec_t iov = { (uint32_t)(uintptr_t)s, (uint32_t)n };
    size_t written;
    wasi_fd_write(1, &iov, 1, &written);
}

void print(const char *s) { write_all(s, strlen(s)); }

void print_int(const char *before, long long value, const char *after)
{
    char buf[128];
    size_t n = 0;
    for (const char *p = before; *p && n < 40; p++) buf[n++] = *p;
    char digits[24];
    int k = 0;
    unsigned long long v = value < 0 ? -(unsigned long long)value : (unsigned long long)value;
    do digits[k++] = (char)('0' + v % 10); while ((v /= 10) != 0);
    if (value < 0) buf[n++] = '-';
    while (k > 0) buf[n++] = digits[--k];
    for (const char *p = after; *p && n < sizeof buf; p++) buf[n++] = *p;
    write_all(buf, n);
}

void sleep_ms(uint32_t ms)
{
    subscription_t sub = { .tag = 0, .clock_id = 1, .timeout = (uint64_t)ms * 1000000 };
    unsigned char event[32];
    size_t events;
    wasi_poll_oneoff(&sub, event, 1, &events);
}

/* The command's entry point: constructors, main, and its exit code (0 returns normally, as wasi-libc's does). */
void _start(void)
{
    __wasm_call_ctors();
    int code = main();
    if (code != 0) wasi_proc_exit(code);
}
