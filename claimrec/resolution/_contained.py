"""A known name inside a longer text: the run of words it is, never opened by a particle.

*Bashar al-Assad* inside *forces loyal to Bashar al-Assad* is read; *Mujaid al-Qaida* (another
group's name) and *al-Qaeda-linked militants* hold no *al-Qaida* of their own. Used by the
resolver's reading of an actor named inside a longer text (``_Resolver.actor_in``).

>>> name_inside(["forces", "of", "bashar", "al", "assad"], {("bashar", "al", "assad"): "SY"}, 3)
('SY', 2)
"""

from __future__ import annotations


def name_inside(
    tokens: list[str], index: dict[tuple[str, ...], str], longest: int
) -> tuple[str, int] | None:
    """Return the value of the longest (then earliest) run of ``tokens`` keyed in ``index``.

    With the run's start.

    A run never begins with a particle: *Mujaid al-Qaida* (another group's name) and *the
    group Al-Shabab* hold no *al-Qaida*, *al-Shabab* of their own (the particle follows
    a word); *Bashar al-Assad* inside a longer text is still read.
    """
    for size in range(min(longest, len(tokens)), 0, -1):
        for start in range(len(tokens) - size + 1):
            if tokens[start] in NAME_PARTICLES:
                continue
            hit = index.get(tuple(tokens[start : start + size]))
            if hit is not None:
                return hit, start
    return None


# The particles of Arabic names (*Bashar al-Assad*, *Nusrat al-Islam*, *Osama bin Laden*):
# short words that are no acronyms, read after a name's word whatever their case (never
# first: *al-Qaeda-linked militants* are not al-Qaeda's own).
NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "bin", "ibn", "abu", "wal"})
