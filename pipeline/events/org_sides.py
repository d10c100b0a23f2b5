"""A bare international organisation after مع of a contact is its counterpart.

«ستستأنف الحكومة المفاوضات مع صندوق النقد الدولي والاتحاد الأوروبي»: the organisations
named bare (no title, no office: sent.orgs) are parties to the talks, as a state's government
would be. A generic plural noun in apposition may stand between مع and the list («مع
المؤسسات، الاتحاد الأوروبي والبنك المركزي الأوروبي وصندوق النقد الدولي»). Each organisation of
the list becomes an actor of role official (an institution), never paired with another of
its list (mentions.Actor.side, blocs.may_pair). Elsewhere (في، عن، بشأن ...) a
bare organisation is a place or a topic and stays no actor. Pure function over a Sentence.
"""

from __future__ import annotations

from pipeline.events.mentions import Actor, Sentence
from pipeline.events.triggers import find_triggers

CONTACT_REACH = 4  # words at most from a contact trigger to its مع
APPOSITION = 1  # generic words at most between مع and the first organisation (المؤسسات،)
_ROLE = "official"


def _list_from(sent: Sentence, k: int, orgs: dict[int, tuple[int, str]]) -> list[tuple]:
    """The organisations listed from token k on, each joined by و or a comma."""
    out = []
    while k in orgs:
        j, code = orgs[k]
        out.append((k, j, code))
        if j in orgs and sent.norms[j].startswith("و"):
            k = j
        elif j + 1 in orgs and sent.toks[j - 1].punct and sent.norms[j + 1].startswith("و"):
            k = j + 1
        else:
            break
    return out


def contact_orgs(sent: Sentence) -> None:
    """Add to sent.actors the bare organisations after مع of a contact (module doc)."""
    if not sent.orgs:
        return
    triggers = find_triggers(sent)[0]
    if not triggers:
        return
    norms = sent.norms
    covered = {k for a in sent.actors for k in range(a.i, a.j)}
    orgs = {i: (j, code) for i, j, code in sent.orgs if i not in covered}
    added: list[Actor] = []
    for trig in triggers:
        if trig.etype not in ("MEET", "NEGOTIATE", "CALL", "DISCUSS"):
            continue
        with_at = next((k for k in range(trig.j, min(trig.j + CONTACT_REACH + 1, len(norms)))
                        if norms[k] == "مع"), None)
        if with_at is None or any(k in covered for k in range(trig.j, with_at)):
            continue
        first = with_at + 1
        if first not in orgs:
            # «مع المؤسسات، الاتحاد الأوروبي ...»: a generic noun, a comma, then the list
            gap = first + APPOSITION
            if not (gap in orgs and sent.toks[gap - 1].punct
                    and all(k not in covered for k in range(first, gap))):
                continue
            first = gap
        for i, j, code in _list_from(sent, first, orgs):
            if any(a.i == i for a in added):
                continue
            added.append(Actor(i, j, org=code, role=_ROLE, institution=True, side=with_at,
                               text=sent.text[sent.toks[i].start:sent.toks[j - 1].end],
                               clitic="و" if norms[i].startswith("و") else ""))
    if added:
        sent.actors = sorted(sent.actors + added, key=lambda a: (a.i, a.j))
