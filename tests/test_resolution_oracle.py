"""Every :class:`ClaimResolution` equals the one built the slow way (the oracle).

``Resolution.__getitem__`` reads some fields once per distinct input instead of once per
claim: a toll's civilian marks per distinct subject, qualifiers and subject class
(``Resolution._civilian_marks``), the speaker of an outlet per distinct outlet
(``_Columns.stated``), each claim's perpetrators once for its record and the accused's
scenes (``Resolution._perpetrators``), and a phrase vocabulary's longest phrase per
distinct text (``_PhraseVocabulary._resolve_text``). The slow way reads each field per
claim with the plain functions against a vocabulary that remembers nothing. Both must
give equal records: on made-up claims (hypothesis), on synthetic claims and on the news
corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report, Source
from claimrec.resolution import Resolution, Resolved
from claimrec.resolution._columns import _Columns, _stated
from claimrec.resolution._resolver import _resolver
from claimrec.resolution._status import civilian_marks
from claimrec.vocab import Vocabulary, default_vocabulary
from tests.strategies import examples

ROOT = Path(__file__).resolve().parent.parent


class _Forgetful(dict):  # type: ignore[type-arg]
    """A memo that never remembers: every look-up reads the text again."""

    def __setitem__(self, key: object, value: object) -> None:
        return None


def _forgetful(vocab: Vocabulary) -> Vocabulary:
    """A copy of ``vocab`` whose phrase vocabularies read every text afresh."""
    predicates = vocab.predicates.extend([])
    subjects = vocab.subjects.extend([])
    predicates._found = _Forgetful()
    subjects._found = _Forgetful()
    return attrs.evolve(vocab, predicates=predicates, subjects=subjects)


class _Slow(Resolution):
    """A resolution reading every memoised field per claim, the plain way."""

    __slots__ = ()

    def _perpetrators(self, i: int) -> tuple[Resolved | None, tuple[Resolved, ...]]:
        return self._read_perpetrators(i)

    def _civilian_marks(self, claim: Claim, subject: Resolved | None) -> bool:
        return civilian_marks(claim, subject, self._cols.resolver)


def _slow(claims: list[Claim], vocab: Vocabulary) -> Resolution:
    cols = _Columns(claims, _resolver(_forgetful(vocab)))
    speakers, resolver = cols.speaker, cols.resolver
    cols._stated = [_stated(c, speakers[i], resolver) for i, c in enumerate(cols.claims)]
    return _Slow(cols)


def assert_same(claims: list[Claim], vocab: Vocabulary) -> int:
    """Assert the fast records equal the slow ones; return how many claims were compared."""
    fast = cr.resolve(claims, vocabulary=vocab)
    slow = _slow(claims, vocab)
    got = [fast[i] for i in range(len(claims))]
    assert got == [slow[i] for i in range(len(claims))]
    assert got == list(fast)  # read again: the memos give what they gave
    return len(got)


# made-up texts: several claims share each subject, qualifier list, speaker and report
_SUBJECTS = (
    "people", "civilians", "men", "fighters", "soldiers", "villagers", "the victims",
    "dommage collatéral", "people, including women and children", "assaillants",
)  # fmt: skip
_QUALIFIERS = (
    (), ("including children",), ("y compris plusieurs enfants",),
    ("no civilians among them",), ("during a wedding ceremony",), ("at least",),
    ("unclear how many of the victims are civilians",), ("including two soldiers", "about"),
)  # fmt: skip
_ACTORS = (None, None, "JNIM", "FAMa", "the army and Wagner", "unknown gunmen", "Ruritania")
_PREDICATES = ("killed", "were killed", "il y a eu", "wounded", "seized", "sang")
_SOURCES = (
    Source(name="Army", kind="state", party="Ruritania"),
    Source(name="Mali's army"),
    Source(name="Witnesses"),
    Source(name="Radio Ruritania", kind="state", party="Ruritania"),
    Source(name="JNIM"),
)
_TV = Report(outlet="ORTM", published="2025-07-01", id="tv")
_REPORTS = (
    None,
    _TV,
    Report(outlet="Wire", relays=_TV, id="wire"),
    Report(outlet="Army", published="2025-07-02", id="own"),
    Report(outlet="Radio Ruritania", published="2025-07-03", id="radio"),
    Report(outlet="AFP", published="2025-07-04", id="afp"),
)


@st.composite
def _claim_sets(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(0, 14))
    out = []
    for k in range(n):
        out.append(
            Claim(
                source=draw(st.sampled_from(_SOURCES)),
                subject=draw(st.sampled_from(_SUBJECTS)),
                predicate=draw(st.sampled_from(_PREDICATES)),
                value=draw(st.sampled_from((None, 3, 12, "many"))),
                polarity=draw(st.sampled_from(("asserted", "denied"))),
                qualifiers=draw(st.sampled_from(_QUALIFIERS)),
                actor=draw(st.sampled_from(_ACTORS)),
                place=draw(st.sampled_from((None, "Kayes", "near Kayes", "Gao"))),
                stated=draw(st.sampled_from((None, "2025-07-01", "2025-07-02"))),
                via=draw(st.sampled_from(_REPORTS)),
                id=f"c{k:02d}",
            )
        )
    return out


@settings(max_examples=examples(20), deadline=None)
@given(_claim_sets())
def test_the_records_equal_the_slow_ones_on_made_up_claims(claims):
    assert_same(claims, default_vocabulary())


def test_a_toll_s_marks_are_read_per_distinct_texts():
    """Two tolls of one subject and qualifiers, one of them fighters': each its own marks."""

    def toll(claim_id: str, source: str, subject: str, value: int | None) -> Claim:
        return Claim(source=source, subject=subject, predicate="killed", value=value,
                     qualifiers=("including children",), id=claim_id)  # fmt: skip

    claims = [
        toll("a", "Witnesses", "people", 20),
        toll("b", "Army", "people", 7),
        toll("c", "Army", "soldiers", 7),
        toll("d", "Army", "people", None),
    ]
    res = cr.resolve(claims)
    assert [res[c.id].civilian_marks for c in claims] == [True, True, False, False]
    assert assert_same(claims, default_vocabulary()) == 4


def test_the_records_equal_the_slow_ones_on_synthetic_claims():
    sys.path.insert(0, str(ROOT))
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415

    world = build_world(seed=0)
    claims = list(generate(1500, seed=5, world=world).claims)
    assert assert_same(claims, world.vocabulary) == 1500


def test_the_records_equal_the_slow_ones_on_the_news_corpus():
    sys.path.insert(0, str(ROOT))
    from benchmarks import news_relations as bench  # noqa: PLC0415

    claims = list(bench.load().claims)
    assert assert_same(claims, default_vocabulary()) == len(claims) > 500
