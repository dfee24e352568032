/* A minimal C runtime for wasi-threads programs, built without a libc: it does what a wasi-libc pthread
 * implementation does (thread-spawn with a start argument holding the new stack and TLS block, futex waits and
 * notifies on the shared memory for joins and mutexes, stdout through fd_write, proc_exit), so the programs here
 * exercise a runtime exactly as pthread programs built for wasm32-wasip1-threads do. */
#ifndef THREADS_H
#define THREADS_H

#include <stddef.h>
#include <stdint.h>

#define IMPORT(module, name) __attribute__((import_module(module), import_name(name)))

typedef struct { uint32_t buf, len; } iovec_t;
typedef struct { uint64_t userdata; uint8_t tag; uint8_t pad[7]; uint32_t clock_id; uint32_t pad2;
                 uint64_t timeout, precision; uint16_t flags; uint8_t pad3[6]; } subscription_t;

IMPORT("wasi", "thread-spawn") int32_t wasi_thread_spawn(void *start_arg);
IMPORT("wasi_snapshot_preview1", "fd_write") uint16_t wasi_fd_write(int32_t fd, const iovec_t *iovs, size_t n, size_t *written);
IMPORT("wasi_snapshot_preview1", "proc_exit") _Noreturn void wasi_proc_exit(int32_t code);
IMPORT("wasi_snapshot_preview1", "poll_oneoff") uint16_t wasi_poll_oneoff(const subscription_t *in, void *out, size_t n, size_t *events);
IMPORT("wasi_snapshot_preview1", "sched_yield") uint16_t wasi_sched_yield(void);

/* One thread: the layout of the first two words is what thread_start.s reads. */
struct thread {
    void *stack_top;
    void *tls;
    void *(*fn)(void *);
    void *arg;
    void *result;
    int32_t tid;
    int32_t done;   /* 0 while running; the join futex */
};

int thread_create(struct thread **out, void *(*fn)(void *), void *arg);
void *thread_join(struct thread *t);

typedef struct { int32_t state; } mutex_t;  /* 0 free, 1 locked, 2 locked with waiters */
void mutex_lock(mutex_t *m);
void mutex_unlock(mutex_t *m);

void *arena_alloc(size_t size, size_t align);
void print(const char *s);
void print_int(const char *before, long long value, const char *after);
void sleep_ms(uint32_t ms);

#endif
