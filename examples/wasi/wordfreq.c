/* wordfreq - count the words of a text and print the ten most frequent.
 *
 * usage: wordfreq [FILE]    (reads stdin without FILE)
 *
 * A word is a run of ASCII letters (with inner apostrophes), compared without case.
 * Prints a greeting (to $NAME, or "stranger"), the totals, then up to ten "COUNT WORD"
 * lines, most frequent first, ties in alphabetical order. Exit status: 0, or 1 when
 * FILE cannot be read. Under WASI the file must be inside a preopened directory.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOP 10
#define MAX_WORD 64

struct entry {
  char *word;
  unsigned count;
};

/* An open-addressing hash table that doubles when half full. */
static struct entry *table;
static size_t capacity, used;

static size_t hash(const char *s) {
  size_t h = 2166136261u; /* FNV-1a */
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static void *xmalloc(size_t n) {
  void *p = calloc(1, n);
  if (!p) {
    fputs("wordfreq: out of memory\n", stderr);
    exit(2);
  }
  return p;
}

static void insert(struct entry *t, size_t cap, char *word, unsigned count) {
  size_t i = hash(word) & (cap - 1);
  while (t[i].word) i = (i + 1) & (cap - 1);
  t[i].word = word;
  t[i].count = count;
}

static void add(const char *word) {
  if (2 * (used + 1) > capacity) {
    size_t bigger = capacity ? 2 * capacity : 256;
    struct entry *t = xmalloc(bigger * sizeof *t);
    for (size_t i = 0; i < capacity; i++)
      if (table[i].word) insert(t, bigger, table[i].word, table[i].count);
    free(table);
    table = t;
    capacity = bigger;
  }
  size_t i = hash(word) & (capacity - 1);
  for (; table[i].word; i = (i + 1) & (capacity - 1))
    if (strcmp(table[i].word, word) == 0) {
      table[i].count++;
      return;
    }
  size_t n = strlen(word) + 1;
  char *copy = xmalloc(n);
  memcpy(copy, word, n);
  table[i].word = copy;
  table[i].count = 1;
  used++;
}

static int by_count_then_word(const void *a, const void *b) {
  const struct entry *x = a, *y = b;
  if (x->count != y->count) return x->count > y->count ? -1 : 1;
  return strcmp(x->word, y->word);
}

int main(int argc, char **argv) {
  const char *path = argc > 1 ? argv[1] : NULL;
  FILE *in = path ? fopen(path, "r") : stdin;
  if (!in) {
    fprintf(stderr, "wordfreq: cannot open %s: %s\n", path, strerror(errno));
    return 1;
  }

  char word[MAX_WORD + 1];
  size_t len = 0;
  unsigned long total = 0;
  for (int c = getc(in);; c = getc(in)) {
    /* An apostrophe belongs to a word only between letters (don't, it's). */
    int letter = c != EOF && isalpha(c);
    int inner = c == '\'' && len > 0;
    if (letter || inner) {
      if (len < MAX_WORD) word[len++] = (char)tolower(c);
      continue;
    }
    while (len > 0 && word[len - 1] == '\'') len--;
    if (len > 0) {
      word[len] = '\0';
      add(word);
      total++;
      len = 0;
    }
    if (c == EOF) break;
  }
  if (ferror(in)) {
    fprintf(stderr, "wordfreq: cannot read %s: %s\n", path ? path : "stdin", strerror(errno));
    return 1;
  }
  if (path) fclose(in);

  /* Compact the table's entries to its front, then sort them. */
  size_t n = 0;
  for (size_t i = 0; i < capacity; i++)
    if (table[i].word) table[n++] = table[i];
  qsort(table, n, sizeof *table, by_count_then_word);

  const char *name = getenv("NAME");
  printf("Hello, %s! %lu words, %zu distinct, in %s\n", name && *name ? name : "stranger", total, n,
         path ? path : "stdin");
  for (size_t i = 0; i < n && i < TOP; i++) printf("%4u %s\n", table[i].count, table[i].word);
  return 0;
}
