/* 16 threads each add 1 to an atomic counter and, under a futex mutex, to a plain counter, 20,000 times; each also
 * checks that its thread-local variable is its own. Prints both totals (320000) and the TLS check. */
#include "threads.h"

#define THREADS 16
#define ROUNDS 20000

static long atomic_total;
static long locked_total;
static mutex_t lock;
static _Thread_local long mine = 42;   /* every thread starts from the TLS image's 42 */

static void *work(void *arg)
{
    long id = (long)arg;
    int tls_ok = mine == 42;
    mine = id;
    for (int i = 0; i < ROUNDS; i++) {
        __atomic_fetch_add(&atomic_total, 1, __ATOMIC_SEQ_CST);
        mutex_lock(&lock);
        locked_total++;
        mutex_unlock(&lock);
    }
    return (void *)(long)(tls_ok && mine == id);
}

int main(void)
{
    struct thread *threads[THREADS];
    for (long i = 0; i < THREADS; i++)
        if (thread_create(&threads[i], work, (void *)(i + 1)) != 0) { print("spawn failed\n"); return 1; }
    int tls_ok = 1;
    for (int i = 0; i < THREADS; i++) tls_ok &= (int)(long)thread_join(threads[i]);
    print_int("atomic ", atomic_total, "\n");
    print_int("locked ", locked_total, "\n");
    print(tls_ok && mine == 42 ? "tls ok\n" : "tls broken\n");
    return 0;
}
