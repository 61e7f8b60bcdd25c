"""Keyword-argument checking for the attrs classes of the model (private helper).

attrs' generated ``__init__`` raises a bare ``TypeError`` for an unknown, missing or
positional argument; :func:`strict_init` turns that into a
:class:`~claimrec.ArgumentError` naming the argument (and a close field name), without
cost on the good path.
"""

from __future__ import annotations

import difflib
import inspect
from functools import wraps
from typing import Any, TypeVar

from claimrec.errors import ArgumentError

_T = TypeVar("_T", bound=type)


def _argument_error(name: str, signature: inspect.Signature, args: Any, kwargs: Any) -> Exception:
    params = [p for p in signature.parameters.values() if p.name != "self"]
    names = [p.name for p in params]
    for key, value in kwargs.items():
        if key not in names:
            close = difflib.get_close_matches(str(key), names, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f" (expected {', '.join(names)})"
            return ArgumentError(str(key), value, f"not an argument of {name}{hint}")
    if args:
        return ArgumentError(
            "args", args, f"{name} takes keyword arguments only ({', '.join(names)})"
        )
    for param in params:
        if param.default is inspect.Parameter.empty and param.name not in kwargs:
            return ArgumentError(param.name, None, f"required by {name}")
    return ArgumentError("args", kwargs, f"not a valid call of {name}")


def strict_init(cls: _T) -> _T:
    """Make ``cls(...)`` raise :class:`~claimrec.ArgumentError` for a bad argument list.

    Examples
    --------
    >>> import attrs
    >>> from claimrec._strict import strict_init
    >>> @strict_init
    ... @attrs.frozen(kw_only=True)
    ... class Point:
    ...     x: int
    >>> Point(y=1)
    Traceback (most recent call last):
    ...
    claimrec.errors.ArgumentError: y=1: not an argument of Point (expected x)
    """
    original = cls.__dict__["__init__"]
    signature = inspect.signature(original)
    name = cls.__name__

    @wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:  # noqa: N807 - it is __init__
        try:
            original(self, *args, **kwargs)
        except TypeError:
            try:
                signature.bind(self, *args, **kwargs)
            except TypeError:
                raise _argument_error(name, signature, args, kwargs) from None
            raise

    cls.__init__ = __init__  # type: ignore[misc]
    return cls
