/* Never ends by itself: one thread spins, another waits on a futex, and the main thread joins the spinner. Only
 * the host can stop it (weld run --timeout or --fuel). */
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
    print("started\n");
    thread_join(a);
    return 0;
}
