/* A thread calls proc_exit(7) (what exit(7) does) after 50 ms, while the main thread sleeps for 60 s in poll_oneoff
 * and another thread waits forever on a futex: the whole program must end at once with code 7. */
#include "threads.h"

static int32_t never;

static void *wait_forever(void *arg)
{
    (void)arg;
    while (1) __builtin_wasm_memory_atomic_wait32(&never, 0, -1);
    return 0;
}

static void *exit_soon(void *arg)
{
    (void)arg;
    sleep_ms(50);
    print("thread exits\n");
    wasi_proc_exit(7);
}

int main(void)
{
    struct thread *a, *b;
    if (thread_create(&a, wait_forever, 0) != 0 || thread_create(&b, exit_soon, 0) != 0) return 1;
    sleep_ms(60000);
    print("main woke up\n");
    return 3;
}
