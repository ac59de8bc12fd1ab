/* mutate.c: writes deterministic random mutations of .eic files, for the front-end
 * fuzz run (tests/fuzz/run). Half the mutants are byte-level (bit flips, inserted,
 * deleted, duplicated bytes, truncation), half token-level (tokens deleted,
 * duplicated, swapped, or replaced by words, numbers and punctuation that the
 * language treats specially). The same seed gives the same files.
 *
 * usage: mutate SEED COUNT OUTDIR INPUT.eic... */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_INPUT = 1 << 16, MAX_TOKENS = 8192 };

static uint64_t rng_state;

static uint64_t next(void) /* splitmix64 */
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

static size_t below(size_t n)
{
	return n ? (size_t)(next() % n) : 0;
}

static const char *const dictionary[] = {
	"network", "train", "chip", "input", "dense", "binary", "permute", "threshold", "noise",
	"ste_center", "ste_width", "chunk", "tau", "seed", "dataset", "epochs", "batch", "optimizer",
	"adam", "lr", "beta1", "beta2", "eps", "schedule", "constant", "cosine", "step", "min_lr",
	"every", "gamma", "validation", "eval_noise", "on", "off", "precision", "fp32", "bf16", "cores", "auto", "grid",
	"weight_bits", "weight_range", "weights", "differential", "positive", "read_noise",
	"adc_bits", "hard", "soft", "0", "-1", "1", "255", "256", "257", "65536", "65537",
	"99999999999999999999999", "1e999", "-1e-999", "0.5", "1.2.3", "10abc", "8x16", "0x0",
	"999999999999999999999x1", "nan", "inf", "{", "}", ";", "=", "\"", "\"x\"", "\"\"", "#",
	"# comment\n", "\n", "\t", "\r\n", "-", ".", "\xc3\xa9", "\xff",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
};
enum { NDICT = sizeof dictionary / sizeof dictionary[0] };

typedef struct Buf {
	char *p;
	size_t len, cap;
} Buf;

static void put(Buf *b, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2 + 64;
		b->p = realloc(b->p, b->cap);
		if (!b->p) {
			perror("mutate");
			exit(2);
		}
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void byte_mutation(Buf *b)
{
	if (b->len == 0) {
		char c = (char)next();
		put(b, &c, 1);
		return;
	}
	size_t at = below(b->len + 1);
	switch (below(6)) {
	case 0: if (b->len) b->p[below(b->len)] ^= (char)(1u << below(8)); break;
	case 1: if (b->len) b->p[below(b->len)] = (char)next(); break;
	case 2: { char c = (char)next(); Buf t = {0}; put(&t, b->p, at); put(&t, &c, 1); put(&t, b->p + at, b->len - at); free(b->p); *b = t; break; }
	case 3: { size_t n = below(b->len - at + 1); memmove(b->p + at, b->p + at + n, b->len - at - n); b->len -= n; break; }
	case 4: { size_t n = below(b->len - at + 1) % 64; Buf t = {0}; put(&t, b->p, at + n); put(&t, b->p + at, b->len - at); free(b->p); *b = t; break; }
	case 5: b->len = at; break;
	}
}

/* tokens: runs of word/number characters, runs of spaces, or single other bytes */
static size_t tokenize(const Buf *b, size_t *start)
{
	size_t n = 0, i = 0;
	while (i < b->len && n < MAX_TOKENS) {
		start[n++] = i;
		unsigned char c = (unsigned char)b->p[i];
		int word = c == '_' || c == '.' || c == '-' || c == '+' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
		int space = c == ' ' || c == '\t';
		i++;
		while (i < b->len) {
			unsigned char d = (unsigned char)b->p[i];
			int dword = d == '_' || d == '.' || d == '-' || d == '+' || (d >= '0' && d <= '9') || ((d | 32) >= 'a' && (d | 32) <= 'z');
			int dspace = d == ' ' || d == '\t';
			if (!((word && dword) || (space && dspace)))
				break;
			i++;
		}
	}
	start[n] = b->len;
	return n;
}

static void token_mutation(Buf *b)
{
	static size_t start[MAX_TOKENS + 1];
	size_t n = tokenize(b, start);
	if (n == 0) {
		put(b, dictionary[below(NDICT)], strlen(dictionary[below(NDICT)]));
		return;
	}
	size_t i = below(n), j = below(n);
	if (j < i) {
		size_t t = i;
		i = j;
		j = t;
	}
	const char *word = dictionary[below(NDICT)];
	Buf t = {0};
	switch (below(5)) {
	case 0: /* delete token i */
		put(&t, b->p, start[i]);
		put(&t, b->p + start[i + 1], b->len - start[i + 1]);
		break;
	case 1: /* duplicate token i */
		put(&t, b->p, start[i + 1]);
		put(&t, b->p + start[i], b->len - start[i]);
		break;
	case 2: /* swap tokens i < j */
		if (i == j) {
			put(&t, b->p, b->len);
			break;
		}
		put(&t, b->p, start[i]);
		put(&t, b->p + start[j], start[j + 1] - start[j]);
		put(&t, b->p + start[i + 1], start[j] - start[i + 1]);
		put(&t, b->p + start[i], start[i + 1] - start[i]);
		put(&t, b->p + start[j + 1], b->len - start[j + 1]);
		break;
	case 3: /* replace token i */
		put(&t, b->p, start[i]);
		put(&t, word, strlen(word));
		put(&t, b->p + start[i + 1], b->len - start[i + 1]);
		break;
	case 4: /* insert before token i */
		put(&t, b->p, start[i]);
		put(&t, word, strlen(word));
		put(&t, " ", 1);
		put(&t, b->p + start[i], b->len - start[i]);
		break;
	}
	free(b->p);
	*b = t;
}

static Buf read_file(const char *path)
{
	Buf b = {0};
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(stderr, "mutate: cannot open '%s': %s\n", path, strerror(errno));
		exit(2);
	}
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b.len < MAX_INPUT)
		put(&b, chunk, n);
	fclose(f);
	return b;
}

int main(int argc, char **argv)
{
	if (argc < 5) {
		fprintf(stderr, "usage: mutate SEED COUNT OUTDIR INPUT.eic...\n");
		return 2;
	}
	rng_state = strtoull(argv[1], NULL, 10);
	long count = strtol(argv[2], NULL, 10);
	const char *outdir = argv[3];
	int ninputs = argc - 4;
	Buf *inputs = calloc((size_t)ninputs, sizeof *inputs);
	for (int i = 0; i < ninputs; i++)
		inputs[i] = read_file(argv[4 + i]);

	for (long k = 0; k < count; k++) {
		const Buf *src = &inputs[below((size_t)ninputs)];
		Buf b = {0};
		put(&b, src->p, src->len);
		int byte_level = k % 2 == 0;
		for (size_t m = 1 + below(4); m > 0; m--)
			(byte_level ? byte_mutation : token_mutation)(&b);
		char path[4096];
		snprintf(path, sizeof path, "%s/m%06ld.eic", outdir, k);
		FILE *f = fopen(path, "wb");
		if (!f || fwrite(b.p ? b.p : "", 1, b.len, f) != b.len || fclose(f) != 0) {
			fprintf(stderr, "mutate: cannot write '%s'\n", path);
			return 2;
		}
		free(b.p);
	}
	for (int i = 0; i < ninputs; i++)
		free(inputs[i].p);
	free(inputs);
	return 0;
}
