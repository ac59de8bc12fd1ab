#!/usr/bin/env python3
"""read.py: an independent reader of .safetensors files, with nothing but the standard
library, so that a test can show eicrun's checkpoints follow the format rather than
only what runtime/ckpt.c expects.

Usage: python3 tests/ckpt/read.py FILE

Prints the metadata as one line, "__metadata__ JSON" (keys in file order), then one
line per tensor in the order of the header: NAME SHAPE SUM, with SHAPE a JSON list
without spaces and SUM the sum of the float32 values in storage order, accumulated
in double precision and printed with repr (which round-trips exactly). A file that
breaks the layout is a one-line error on stderr and exit status 1.
"""
import array
import json
import struct
import sys


def fail(path, why):
    sys.stderr.write(f"read.py: {path}: {why}\n")
    sys.exit(1)


def main(path):
    with open(path, "rb") as f:
        blob = f.read()
    if len(blob) < 8:
        fail(path, "shorter than the 8-byte header length")
    (n,) = struct.unpack("<Q", blob[:8])
    if 8 + n > len(blob):
        fail(path, f"header length {n} runs past the end of the file")
    try:
        header = json.loads(blob[8 : 8 + n].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        fail(path, f"bad header: {e}")
    if not isinstance(header, dict):
        fail(path, "the header is not a JSON object")
    data = blob[8 + n :]
    meta = header.pop("__metadata__", {})
    if not isinstance(meta, dict) or not all(isinstance(v, str) for v in meta.values()):
        fail(path, "__metadata__ is not an object of strings")
    print("__metadata__", json.dumps(meta, separators=(",", ":")))

    spans = []
    for name, e in header.items():
        if e.get("dtype") != "F32":
            fail(path, f"{name}: dtype {e.get('dtype')!r}, expected F32")
        shape = e.get("shape")
        if not isinstance(shape, list) or not all(isinstance(d, int) and d >= 0 for d in shape):
            fail(path, f"{name}: bad shape {shape!r}")
        offsets = e.get("data_offsets")
        if not isinstance(offsets, list) or len(offsets) != 2:
            fail(path, f"{name}: bad data_offsets {offsets!r}")
        begin, end = offsets
        count = 1
        for d in shape:
            count *= d
        if not 0 <= begin <= end <= len(data) or end - begin != 4 * count:
            fail(path, f"{name}: data_offsets {offsets} do not fit shape {shape} in {len(data)} bytes of data")
        spans.append((begin, end, name))
        values = array.array("f")
        values.frombytes(data[begin:end])
        if sys.byteorder == "big":
            values.byteswap()  # the file is little-endian
        total = 0.0
        for v in values:
            total += v
        print(name, json.dumps(shape, separators=(",", ":")), repr(total))

    at = 0
    for begin, end, name in sorted(spans):
        if begin != at:
            fail(path, f"{name}: begins at {begin}, the data before it end at {at}")
        at = end
    if at != len(data):
        fail(path, f"the tensors end at byte {at} of {len(data)} bytes of data")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.stderr.write("usage: read.py FILE\n")
        sys.exit(2)
    main(sys.argv[1])
