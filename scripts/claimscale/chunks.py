"""A claims CSV file cut into chunks at record boundaries, each imported on its own.

A chunk is the file's header, then as many blank lines as the file has line ends between
the header and the chunk (blank lines are skipped but counted by the core's reader, so
its `/rows/N` paths and "line N" messages are the file's), then whole records. A record
ends at an LF outside quotes: with RFC 4180's `""` escapes, that is an LF after an even
number of quotes since the chunk's start. Chunks are cut at LFs only; a file whose lines
end with lone CRs stays one chunk (still read right, only not in parallel).
"""
import mmap
import os

CHUNK_BYTES = 16 << 20


class Chunk:
    __slots__ = ("path", "file_index", "index", "header_end", "start", "end", "blank_lines")

    def __init__(self, path, file_index, index, header_end, start, end, blank_lines):
        self.path, self.file_index, self.index = path, file_index, index
        self.header_end, self.start, self.end, self.blank_lines = header_end, start, end, blank_lines

    def text(self):
        with open(self.path, "rb") as f:
            header = f.read(self.header_end)
            f.seek(self.start)
            body = f.read(self.end - self.start)
        return header + b"\n" * self.blank_lines + body


def _line_ends(data):
    """Line ends as the core's reader counts them: LF, CRLF and a lone CR."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


def _record_end(data, pos, size, quotes):
    """The offset after the first LF at or after `pos` that ends a record, `quotes` being
    the number of quotes from the chunk's first byte to `pos` (mmap has no count())."""
    while True:
        lf = data.find(b"\n", pos, size)
        if lf < 0:
            return size
        quotes += data[pos:lf].count(b'"')
        if quotes % 2 == 0:
            return lf + 1
        pos = lf + 1


def file_chunks(path, file_index, chunk_bytes=CHUNK_BYTES):
    size = os.path.getsize(path)
    if size == 0:
        return [Chunk(path, file_index, 0, 0, 0, 0, 0)]
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        header_end = _record_end(data, 0, size, 0)
        chunks = []
        start, blank_lines = header_end, 0
        while start < size:
            target = min(start + chunk_bytes, size)
            end = size if target >= size else _record_end(
                data, target, size, data[start:target].count(b'"'))
            body = data[start:end]
            if body.strip(b"\r\n"):
                chunks.append(Chunk(path, file_index, len(chunks), header_end, start, end,
                                    blank_lines))
            blank_lines += _line_ends(body)
            start = end
        if not chunks:  # no record at all: the header alone, for the core's csv.* issues
            chunks.append(Chunk(path, file_index, 0, header_end, header_end, header_end, 0))
        return chunks
