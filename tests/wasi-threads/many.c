/* 200 threads in waves of 50: each sums its slice of 1..200000 into its result; the main thread adds the results.
 * Prints the total (20000100000) and how many distinct thread ids it saw (200). */
#include "threads.h"

#define THREADS 200
#define WAVE 50
#define SLICE 1000

static void *sum(void *arg)
{
    long first = (long)arg * SLICE + 1;
    long long s = 0;
    for (long k = first; k < first + SLICE; k++) s += k;
    long long *out = arena_alloc(sizeof s, 8);
    *out = s;
    return out;
}

int main(void)
{
    static struct thread *threads[THREADS];
    long long total = 0;
    for (int wave = 0; wave < THREADS; wave += WAVE) {
        for (long i = wave; i < wave + WAVE; i++)
            if (thread_create(&threads[i], sum, (void *)i) != 0) { print("spawn failed\n"); return 1; }
        for (int i = wave; i < wave + WAVE; i++) total += *(long long *)thread_join(threads[i]);
    }
    int distinct = 0;
    for (int i = 0; i < THREADS; i++) {
        int seen = 0;
        for (int j = 0; j < i; j++) seen |= threads[j]->tid == threads[i]->tid;
        distinct += !seen && threads[i]->tid > 0 && threads[i]->tid < (1 << 29);
    }
    print_int("total ", total, "\n");
    print_int("distinct tids ", distinct, "\n");
    return 0;
}
