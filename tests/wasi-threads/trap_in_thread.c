/* A thread traps (a null function pointer call, as a crashed C program does) while the main thread is blocked
 * joining it: the program must end with that trap's report. */
#include "threads.h"

static void (*volatile handler)(void);

static void *crash(void *arg)
{
    (void)arg;
    sleep_ms(20);
    print("thread crashes\n");
    handler();
    return 0;
}

int main(void)
{
    struct thread *t;
    if (thread_create(&t, crash, 0) != 0) return 1;
    thread_join(t);
    print("joined\n");
    return 0;
}
