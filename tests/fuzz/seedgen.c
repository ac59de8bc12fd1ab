/* seedgen.c: writes the small binary seeds of make fuzz, so that none is committed.
 *
 *   seedgen ckpt FILE.prog OUT.safetensors   a checkpoint of every parameter of the
 *                                            program (deterministic small values), for
 *                                            eicc --weights and the ckpt harness
 *   seedgen misc DIR                         tiny safetensors files and the IDX pairs
 *                                            (raw and gzipped) of the data harness, in
 *                                            DIR/ckpt and DIR/data
 *
 * The data harness takes one input holding both files: a little-endian u32 giving the
 * length of the images file, the images file, then the labels file (fuzz_data.c). */
#include "ckpt.h"
#include "prog.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static void fail(const char *msg)
{
	fprintf(stderr, "seedgen: %s\n", msg);
	exit(1);
}

static int ckpt_of_prog(const char *prog_path, const char *out)
{
	Prog p;
	char err[512];
	if (!prog_load(prog_path, &p, err, sizeof err))
		fail(err);
	const Model *m = &p.model;
	CkptTensor *t = calloc(m->nparams + 1, sizeof *t);
	float *block = calloc(m->param_bytes / 4 + 1, sizeof *block);
	if (!t || !block)
		fail("out of memory");
	for (uint32_t i = 0; i < m->nparams; i++) {
		const ModelParam *mp = &m->params[i];
		float *x = block + mp->offset / 4;
		for (uint64_t k = 0; k < mp->count; k++)
			x[k] = mp->init == INIT_CONSTANT ? mp->value : (float)((int)(k * 37 % 101) - 50) / 200.0f;
		t[i].name = mp->name;
		t[i].rank = mp->rank;
		for (uint32_t r = 0; r < mp->rank; r++)
			t[i].shape[r] = mp->shape[r];
		t[i].data = x;
		t[i].count = mp->count;
	}
	CkptMeta meta[] = {{"eic.seed", "seedgen"}};
	int rc = ckpt_write(out, t, m->nparams, meta, 1, err, sizeof err);
	if (rc != 0)
		fail(err);
	free(block);
	free(t);
	prog_free(&p);
	return 0;
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24), p[1] = (unsigned char)(v >> 16), p[2] = (unsigned char)(v >> 8),
	p[3] = (unsigned char)v;
}

/* gzip of n bytes into out (at most cap), returning its length */
static size_t gzip(const unsigned char *in, size_t n, unsigned char *out, size_t cap)
{
	z_stream z = {0};
	if (deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
		fail("deflateInit2");
	z.next_in = (unsigned char *)in, z.avail_in = (uInt)n;
	z.next_out = out, z.avail_out = (uInt)cap;
	if (deflate(&z, Z_FINISH) != Z_STREAM_END)
		fail("deflate");
	size_t len = z.total_out;
	deflateEnd(&z);
	return len;
}

static void write_file(const char *dir, const char *name, const unsigned char *a, size_t na, const unsigned char *b,
                       size_t nb)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(a, 1, na, f) != na || (nb && fwrite(b, 1, nb, f) != nb) || fclose(f) != 0)
		fail(path);
}

/* one input of the data harness: the split, the images, the labels */
static void write_pair(const char *dir, const char *name, const unsigned char *img, size_t ni,
                       const unsigned char *lab, size_t nl)
{
	unsigned char *buf = malloc(4 + ni + nl);
	if (!buf)
		fail("out of memory");
	buf[0] = (unsigned char)ni, buf[1] = (unsigned char)(ni >> 8), buf[2] = (unsigned char)(ni >> 16),
	buf[3] = (unsigned char)(ni >> 24);
	memcpy(buf + 4, img, ni);
	memcpy(buf + 4 + ni, lab, nl);
	write_file(dir, name, buf, 4 + ni + nl, NULL, 0);
	free(buf);
}

static int misc(const char *dir)
{
	char sub[4096];
	/* three 2x3 images and their labels */
	unsigned char img[16 + 3 * 6], lab[8 + 3];
	put_be32(img, 0x803), put_be32(img + 4, 3), put_be32(img + 8, 2), put_be32(img + 12, 3);
	for (int i = 0; i < 18; i++)
		img[16 + i] = (unsigned char)(i * 14);
	put_be32(lab, 0x801), put_be32(lab + 4, 3);
	lab[8] = 0, lab[9] = 7, lab[10] = 9;
	unsigned char gimg[256], glab[256];
	size_t ngi = gzip(img, sizeof img, gimg, sizeof gimg), ngl = gzip(lab, sizeof lab, glab, sizeof glab);
	snprintf(sub, sizeof sub, "%s/data", dir);
	write_pair(sub, "raw", img, sizeof img, lab, sizeof lab);
	write_pair(sub, "gzip", gimg, ngi, glab, ngl);
	write_pair(sub, "mixed", img, sizeof img, glab, ngl);

	/* checkpoints: a scalar, a matrix with metadata, an empty tensor */
	snprintf(sub, sizeof sub, "%s/ckpt/tiny.safetensors", dir);
	float x[6] = {1, -2, 0.5f, 3, 0, -0.25f};
	CkptTensor t[] = {
		{.name = "s", .rank = 0, .data = x, .count = 1},
		{.name = "dense1.weights", .rank = 2, .shape = {2, 3}, .data = x, .count = 6},
		{.name = "none", .rank = 1, .shape = {0}, .data = NULL, .count = 0},
	};
	CkptMeta meta[] = {{"eic.version", "0.1.0"}, {"note", "\xc3\xa9t\xc3\xa9"}};
	char err[512];
	if (ckpt_write(sub, t, 3, meta, 2, err, sizeof err) != 0)
		fail(err);
	snprintf(sub, sizeof sub, "%s/ckpt/scalar.safetensors", dir);
	if (ckpt_write(sub, t, 1, NULL, 0, err, sizeof err) != 0)
		fail(err);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "ckpt") == 0)
		return ckpt_of_prog(argv[2], argv[3]);
	if (argc == 3 && strcmp(argv[1], "misc") == 0)
		return misc(argv[2]);
	fprintf(stderr, "usage: seedgen ckpt FILE.prog OUT.safetensors | seedgen misc DIR\n");
	return 2;
}
