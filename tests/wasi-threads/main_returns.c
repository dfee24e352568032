/* The main thread starts a thread that spins forever and another that waits forever, prints, and returns 0:
 * the program ends there (as it does under wasmtime), with the threads stopped. */
#include "threads.h"

static int32_t never;
static long spins;

static void *spin(void *arg)
{
    (void)arg;
    while (1) __atomic_fetch_add(&spins, 1, __ATOMIC_RELAXED);
    return 0;
}

static void *wait_forever(void *arg)
{
    (void)arg;
    while (1) __builtin_wasm_memory_atomic_wait32(&never, 0, -1);
    return 0;
}

int main(void)
{
    struct thread *a, *b;
    if (thread_create(&a, spin, 0) != 0 || thread_create(&b, wait_forever, 0) != 0) return 1;
    while (__atomic_load_n(&spins, __ATOMIC_RELAXED) == 0) wasi_sched_yield();
    print("main returns\n");
    return 0;
}
