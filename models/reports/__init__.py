"""Report content and drawing: charts (matplotlib on a Figure), later the PDF."""
