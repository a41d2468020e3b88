"""`office-key`: the key this office signs its packages with, and the keys it trusts."""

from __future__ import annotations

import pathlib

from models.output import written
from cli.common import CommandError, session_for
from models.exchange.signing import fingerprint, read_public_key
from ops import exchange


def office_key(args) -> int:
    session = session_for(args)
    try:
        if args.action == "trust":
            if not args.file or not args.org:
                raise CommandError("office-key trust FILE --org CODE: the key file and whose key it is")
            print(f"{args.org}: đã tin cậy khóa {exchange.trust_key(session, args.org, _read(args.file))}")
            return 0
        line = exchange.own_key(session)
    finally:
        session.close()
    if args.action == "export":
        if not args.file:
            raise CommandError("office-key export FILE: where to write the public key")
        with written(args.file) as temporary:
            temporary.write_text(line + "\n", encoding="utf-8")
        print(f"{args.file}: khóa công khai, dấu vân tay {fingerprint(read_public_key(line))}")
        return 0
    print(f"{line}\ndấu vân tay {fingerprint(read_public_key(line))}")
    return 0


def _read(path: str) -> str:
    try:
        return pathlib.Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path}: không đọc được ({exc})") from None
