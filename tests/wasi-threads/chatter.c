/* 8 threads print 25 numbered lines each to stdout at the same time (one write per line); the main thread joins
 * them and prints "done". Every line must come out whole, exactly once. */
#include "threads.h"

#define THREADS 8
#define LINES 25

static void *chat(void *arg)
{
    long id = (long)arg;
    for (long j = 0; j < LINES; j++) {
        char line[64] = "thread ";
        int n = 7;
        line[n++] = (char)('0' + id);
        const char *mid = " line ";
        while (*mid) line[n++] = *mid++;
        line[n++] = (char)('0' + j / 10);
        line[n++] = (char)('0' + j % 10);
        line[n++] = '\n';
        line[n] = 0;
        print(line);
        if (j % 5 == 0) wasi_sched_yield();
    }
    return 0;
}

int main(void)
{
    struct thread *threads[THREADS];
    for (long i = 0; i < THREADS; i++)
        if (thread_create(&threads[i], chat, (void *)i) != 0) return 1;
    for (int i = 0; i < THREADS; i++) thread_join(threads[i]);
    print("done\n");
    return 0;
}
