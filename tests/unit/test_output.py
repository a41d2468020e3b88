"""Files written for the user are whole or absent: a full disk ends in one line naming the file,
leaves no half-written file, and keeps an earlier file of that name as it was."""

import errno

import pytest

import main
from models.errors import StorageError
from models.output import written


def test_a_failure_halfway_leaves_nothing_and_names_the_file(tmp_path):
    target = tmp_path / "bang.csv"
    target.write_text("the earlier export", encoding="utf-8")
    with pytest.raises(StorageError, match="bang.csv: không ghi được tệp \\(ổ đĩa đã đầy\\)"):
        with written(target) as temporary:
            temporary.write_text("half of it", encoding="utf-8")
            raise OSError(errno.ENOSPC, "No space left on device")
    assert target.read_text(encoding="utf-8") == "the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bang.csv"]


def _full_disk_after(limit):
    """An open() whose files take ``limit`` bytes, then fail as a full disk does."""
    import builtins

    real_open = builtins.open

    class Full:
        def __init__(self, handle):
            self._handle, self._written = handle, 0

        def write(self, data):
            self._written += len(data)
            if self._written > limit:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self._handle.write(data)

        def __getattr__(self, name):
            return getattr(self._handle, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self._handle.close()

    def fake_open(file, mode="r", *args, **kwargs):
        handle = real_open(file, mode, *args, **kwargs)
        return Full(handle) if "w" in mode and str(file).endswith(".partial") else handle

    return fake_open


@pytest.mark.parametrize("argv, name", [
    (["export-table", "{dir}/bang.csv"], "bang.csv"),
    (["export-table", "{dir}/bang.xlsx"], "bang.xlsx"),
    (["export-template", "--period", "2024", "{dir}/mau.xlsx"], "mau.xlsx"),
    (["catalog", "export", "{dir}/danh-muc.xlsx"], "danh-muc.xlsx"),
])
def test_an_export_on_a_full_disk_is_one_line_and_no_file(tmp_path, monkeypatch, capsys, argv, name):
    db = tmp_path / "demo.sqlite3"
    assert main.main(["--db", str(db), "--demo", "text", "get", "--period", "2024", "--sector", "postal",
                      "--part", "results"]) == 0  # the demo file made before the disk fills
    capsys.readouterr()
    full = _full_disk_after(2000)
    monkeypatch.setattr("builtins.open", full)
    monkeypatch.setattr("io.open", full)  # zipfile's (openpyxl's) way in
    code = main.main(["--db", str(db), *[a.format(dir=tmp_path) for a in argv]])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1, err
    assert f"{name}: không ghi được tệp (ổ đĩa đã đầy)" in err
    assert not (tmp_path / name).exists() and not list(tmp_path.glob("*.partial"))
