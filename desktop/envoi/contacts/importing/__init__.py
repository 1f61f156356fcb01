"""Contact import: sniffing a file, mapping its columns, streaming its rows, writing them."""
