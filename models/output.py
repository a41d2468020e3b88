"""Files the program writes for the user (exports, documents, packages), whole or not at all.

Each is written as ``<name>.partial`` and renamed into place once complete: a full disk,
a failure halfway or a cancel leaves no half-written file under the real name, and an
earlier file of that name stays as it was. A failure of the disk is raised as a
StorageError naming the file and the cause in the user's words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import pathlib
from collections.abc import Iterator

from models.errors import StorageError, UserError

_REASONS = {errno.ENOSPC: "ổ đĩa đã đầy", errno.EDQUOT: "hết hạn mức dung lượng", errno.EROFS: "ổ đĩa chỉ đọc",
            errno.EACCES: "không có quyền ghi", errno.EPERM: "không có quyền ghi", errno.ENOENT: "thư mục không có",
            errno.EISDIR: "đó là một thư mục"}


@contextlib.contextmanager
def written(path: str | os.PathLike) -> Iterator[pathlib.Path]:
    """The temporary path to write ``path`` through; renamed into place when the block ends well."""
    target = pathlib.Path(path)
    temporary = target.with_name(target.name + ".partial")
    try:
        yield temporary
        os.replace(temporary, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, UserError):
            reason = _REASONS.get(exc.errno) or exc.strerror or str(exc)
            raise StorageError(f"{target}: không ghi được tệp ({reason}); không có tệp nào được tạo") from exc
        raise
