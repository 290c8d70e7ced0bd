"""Where a trigger's arguments sit in the dependency parse.

Each function maps a trigger token and a role name (see `vocabulary/triggers.yaml`) to the
tokens that fill it. They handle the constructions reports use: passives and by-phrases,
participles and purpose clauses that borrow a subject ("fought ..., receiving aid from X";
"was recruited by X to support Y"), relative clauses, and nouns said of someone
("X is one of Y's commanders", "views X as its proxy", "X had ties to Y")."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from linkchart.model import vocabulary

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_SUBJECT_DEPS = ("nsubj",)
_CLAUSE_POS = ("VERB", "AUX")
_PREFIX_DEPS = frozenset({"npadvmod", "compound", "nmod"})
_PARTICLES = frozenset({"away", "off", "out", "back", "together"})
# prepositions that name who took part in an event, wherever the parser hung them
_PARTICIPANT_PREPOSITIONS = frozenset({"between", "with", "against"})


def _children(token: Token, *deps: str) -> list[Token]:
    return [c for c in token.children if c.dep_ in deps]


def pobjs(prep: Token) -> list[Token]:
    found = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not found and prep.lower_ in ("out", "outside", "inside"):  # "grew out of Y": the parser hangs "of Y" on "out"
        found = [o for c in prep.children if c.dep_ == "prep" and c.lower_ == "of" for o in pobjs(c)]
    return found


def prep_objects(token: Token, word: str, deep: bool = True) -> list[Token]:
    """Objects of the preposition `word` on `token`; with `deep`, also on its direct
    object or prepositional object ("fought as a leader against X")."""
    # "broke away from Y", "split off from Y": the particle carries the preposition
    heads = [token, *(c for c in token.children if c.dep_ in ("advmod", "prt") and c.lower_ in _PARTICLES)]
    preps = [p for h in heads for p in h.children if p.dep_ in ("prep", "agent", "dative") and p.lower_ == word]
    found = [o for p in preps for o in pobjs(p)]
    if found or not deep:
        return found
    for child in token.children:
        # through the object, or a role ("as a leader"); not through another phrase's
        # preposition ("with support from X" says nothing of whom the verb was done to)
        role = child.dep_ == "prep" and child.lower_ == "as"
        inner = [child] if child.dep_ == "dobj" else pobjs(child) if role else []
        for node in inner:
            found += prep_objects(node, word, deep=False)
    return found


def agents(verb: Token) -> list[Token]:
    return [o for a in _children(verb, "agent") for o in pobjs(a)]


def _is_purpose(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _proper(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.text.isupper() and len(token.text) > 1)  # "ART merges into AKT"


# a noun with a subject of its own under a verb: "considered [Y an ally]"
_SMALL_CLAUSE_DEPS = ("oprd", "ccomp", "xcomp")
_TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "upon"})
_MISREAD_SUBJECT_DEPS = ("compound", "nmod", "amod")


def misread_verb(token: Token) -> bool:
    """A sentence's verb whose subject the parser read as a modifier, often with the verb read
    as a plural noun ("The LTTE clashes with the IPKF", "The ENDLF splinters from ..."), or
    read as a plural noun that kept its subject ("The X merges with Y")."""
    if token.dep_ != "ROOT" or any(t.pos_ in _CLAUSE_POS and t.dep_ != "aux" for t in token.sent if t.i < token.i):
        return False
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and any(c.dep_ == "nsubj" for c in token.children):
        return True
    return token.pos_ in ("NOUN", "VERB") and any(
        c.dep_ in _MISREAD_SUBJECT_DEPS and _proper(c) and c.i < token.i for c in token.children
    )


def subjects(verb: Token) -> list[Token]:
    """The logical subject of a verb: its own, or the one its clause borrows."""
    own = _children(verb, *_SUBJECT_DEPS)
    if not own and misread_verb(verb):
        own = [c for c in _children(verb, *_MISREAD_SUBJECT_DEPS) if c.i < verb.i and (c.dep_ != "amod" or _proper(c))]
    quantifiers = vocabulary().triggers.quantifiers
    named = [t for t in own if t.lower_ not in quantifiers]
    own = named or own
    if own:
        if verb.dep_ == "relcl" and own[0].lower_ in RELATIVE_PRONOUNS:
            return [verb.head]
        return own
    if _children(verb, "nsubjpass", "auxpass") or _opening_participle(verb):
        return agents(verb)  # "X was funded by Y", "X is believed to be funded by Y", "Founded by Y, X ..."
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return []
    if dep == "amod" and verb.tag_ == "VBN":  # "Iran-backed Hezbollah": Iran backs it
        return [c for c in verb.children if c.dep_ in _PREFIX_DEPS and c.i < verb.i]
    control = vocabulary().triggers.object_control
    if dep == "acl":
        if verb.tag_ == "VBN":
            if agents(verb) or verb.nbor(-1).text != "," or head.pos_ != "PROPN":
                return agents(verb)  # "aid provided by X": X provides
            return [head]  # "Haqqani, operated along ...": a finite verb the tagger read as a participle
        if _is_purpose(verb):  # "attempts by X to reach": X reaches; "X began a campaign to oust Y"
            owner = prep_objects(head, "by", deep=False) or _children(head, "poss", "compound")  # "Coalition efforts"
            if not owner and head.dep_ == "dobj" and head.head.pos_ in _CLAUSE_POS:
                owner = subjects(head.head)
            claimer = _claimer(head.head) if head.dep_ == "pobj" else None
            if not owner and claimer is not None and head.head.head.lower_ == "responsibility":
                owner = subjects(claimer)  # "X claimed responsibility for the attempt to kill Y"
            return owner
        return [head]  # "Haqqani, operated along the border"
    if dep == "relcl":
        return [head]
    if dep in ("xcomp", "advcl") and head.lemma_.lower() in control and _children(head, "dobj"):
        return _children(head, "dobj")  # "recruited Y to support Z"
    if dep == "xcomp" and _children(head, "nsubjpass") and not agents(head):
        return _children(head, "nsubjpass")  # "X was suspected to have ties to Y": X has them
    if dep == "advcl" and _is_purpose(verb) and _children(head, "nsubjpass"):
        return _children(head, "nsubjpass")  # "Y was recruited by X to support Z"
    if dep == "pcomp" and head.lower_ == "by" and head.head.pos_ in _CLAUSE_POS:
        return subjects(head.head)  # "X expanded its reach by attacking Y": the means is X's doing
    if dep in ("pcomp", "pobj") and head.dep_ == "prep" and head.head.pos_ in _CLAUSE_POS:
        # "accused X of collaborating with Y": X does it; "X focused on [fighting] in Z" (a gerund
        # the parser took for the preposition's object)
        return _complement_holders(head.head)
    if dep == "pcomp" and (claimer := _claimer(head)) is not None:
        return subjects(claimer)  # "X claimed responsibility for killing Y": X kills
    if dep == "advcl" and head.pos_ in ("NOUN", "PROPN"):
        return [head]  # "A, B and C, while battling each other, ..."
    if dep in ("conj", "xcomp", "advcl") and head.pos_ in _CLAUSE_POS:
        # "X was formed in 2014 and has [fought] ...": a passive's subject is the conjunct's too
        return subjects(head) or (_children(head, "nsubjpass") if dep == "conj" else [])
    if dep == "conj" and head.dep_ == "acl":
        return subjects(head)
    return []


def _claimer(prep: Token) -> Token | None:
    """The verb whose object a "for" phrase is on: "X [claimed] responsibility for ..."."""
    thing = prep.head
    if prep.lower_ == "for" and thing.dep_ == "dobj" and thing.head.pos_ in _CLAUSE_POS:
        return thing.head
    return None


def _opening_participle(verb: Token) -> bool:
    """Whether a past participle opens its sentence's clause: "[Founded] in 1990 by X, Y ..."
    (the parser may take "Based" for a preposition)."""
    return verb.dep_ in ("advcl", "prep") and verb.tag_ == "VBN" and verb.i < verb.head.i


def passive_subjects(verb: Token) -> list[Token]:
    own = _children(verb, "nsubjpass")
    if own:
        if verb.dep_ == "relcl" and own[0].lower_ in RELATIVE_PRONOUNS:
            return [verb.head]
        return own
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN":
        return [verb.head]  # "the militias headed by X", "Iran-backed Hezbollah"
    if _opening_participle(verb):  # "[Based] in X, Y receives ...": said of its clause's subject
        return _children(verb.head, "nsubj", "nsubjpass")
    if verb.dep_ == "conj" and verb.head.pos_ in _CLAUSE_POS and not _children(verb, "nsubj"):
        # "[Formed] in 1990 and [led] by X, Y ...": the second participle shares the first's
        return _children(verb.head, "nsubjpass") or (
            passive_subjects(verb.head) if _opening_participle(verb.head) else []
        )
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.dep_ == "acomp":
        return subjects(verb.head.head)  # "X was [armed] and trained by Y": the tagger read "armed" as an adjective
    if verb.dep_ == "xcomp" and verb.head.pos_ in _CLAUSE_POS:
        return passive_subjects(verb.head) or subjects(verb.head)  # "X is believed to be funded by Y"
    return []


def governing_clause(token: Token) -> Token | None:
    """The verb (or root) whose clause a token is in."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in _CLAUSE_POS or node.dep_ == "ROOT":
            return node
    return None


def governing_partitive(noun: Token) -> Token | None:
    """The partitive a noun is the "of" phrase of ("[one] of Y's commanders", "[one] of
    several groups"), if any."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in vocabulary().triggers.partitives:
        return head.head
    return None


def _complement_holders(verb: Token) -> list[Token]:
    """Whom a verb's complement is said of: its object ("accused X of ...", "views X as ..."),
    else its passive subject ("X was accused of ...", "X is seen as ..."), else its subject."""
    return _children(verb, "dobj") or _children(verb, "nsubjpass") or subjects(verb)


def _said_of_subject(noun: Token) -> bool:
    """Whether the noun's clause says what its subject is, with "be" or a passive: "X is associated
    with Y and [one of its factions]"; not "X attacked Y and [its allies]"."""
    verb = next((a for a in noun.ancestors if a.pos_ in _CLAUSE_POS), None)
    return verb is not None and (verb.lemma_ == "be" or bool(_children(verb, "auxpass")))


def _listed_after(noun: Token, named: list[Token]) -> bool:
    """Whether names after a singular noun may be the items of a list it opens rather than its
    apposition: "the Sahara Branch of Y, X, Z, and W came together" (several, or coordinated).
    Such names are only a guess at whom the noun is said of."""
    singular = noun.tag_ in ("NN", "NNP")
    return singular and (len(named) > 1 or any(c.dep_ == "conj" for n in named for c in n.children))


def holders(noun: Token) -> tuple[list[Token], bool]:
    """Who a noun is said of, and whether that was only a guess from the clause's subject."""
    dep, head, lexicon = noun.dep_, noun.head, vocabulary().triggers
    named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named and not _listed_after(noun, named):
        return named, False  # "its new affiliate, X", "Y's branch in Kenya, X"
    if dep in _SMALL_CLAUSE_DEPS and (own := _children(noun, "nsubj")):
        return own, False  # "X considered [Y an enemy]"
    if dep == "oprd" and _children(head, "dobj"):
        return _children(head, "dobj"), False  # "officials called the group a proxy"
    if dep in ("attr", "acomp", "oprd"):
        return subjects(head) or _children(head, "nsubjpass"), False
    if dep == "nsubj" and head.lemma_ == "be" and (named := [c for c in _children(head, "attr") if _proper(c)]):
        return named, False  # "the leader of Y is X", "its armed wing was the X Brigades"
    if dep == "nsubj" and head.lemma_.lower() in lexicon.listing_verbs and noun.lower_ not in lexicon.partitives:
        return _children(head, "dobj"), False  # "its allies include X and Y"; not "members of Y include X"
    if dep == "dobj" and not _attacked(noun):
        # "X received aid"; "X was given sanctuary": the passive's subject holds it
        return _children(head, "nsubjpass") or subjects(head), False
    if dep == "appos":
        return [head], False
    if (whole := governing_partitive(noun)) is not None:
        return holders(whole)  # "one of Y's commanders"
    if dep == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in lexicon.succeeding_verbs:
        return subjects(head.head) or agents(head.head), False  # "X succeeded Y as leader": X is the leader now
    if dep == "pobj" and head.lower_ == "as" and head.head.pos_ in _CLAUSE_POS:
        return _complement_holders(head.head), False  # "views X as its proxy", "X is seen as a proxy"
    if dep == "conj" and head.pos_ == "PROPN" and not _said_of_subject(noun):
        return [], False  # "attacked X and its allies": a party beside a name, said of nobody
    if dep == "conj":  # "a rival and an ally of Y"
        found, guessed = holders(head)
        if found:
            return found, guessed
    if any((c.dep_ == "nummod" and c.like_num) or c.lower_ in lexicon.quantifiers for c in noun.children):
        return [], True  # "X announced the arrest of [four members] of Y": those four, not X
    if _attacked(noun):
        return [], True  # "X attacked a [base] in Gao", "an attack on a [base]": the target's, not X's
    clause = governing_clause(noun)
    if clause is None:
        return [], True
    # "X was formed in 2014 and has fought in every [battle] against Y": a conjunct's borrowed subject
    surface = _children(clause, "nsubj", "nsubjpass") or (subjects(clause) if clause.dep_ == "conj" else [])
    return surface + [p for s in surface for p in _children(s, "poss")], True  # "His power was ..."


@functools.cache
def _attack_words() -> frozenset[str]:
    """The lemmas of the rules that read fighting: what they act on is their target."""
    triggers = vocabulary().triggers
    return frozenset(
        lemma for rule in (*triggers.verbs, *triggers.nouns) if rule.predicate == "fights" for lemma in rule.lemmas
    )


def _attacked(noun: Token) -> bool:
    """Whether a noun is what an attack is on: its verb's object or its noun's preposition's."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in _TARGET_PREPOSITIONS:
        head = head.head
    attack = head.lemma_.lower() in _attack_words() and noun.lemma_.lower() not in _attack_words()
    return noun.dep_ in ("dobj", "pobj") and attack  # "engaged in a [conflict] with Y" is a fight of X's


def _coordinated_objects(noun: Token, word: str) -> list[Token]:
    """A preposition's objects on a noun coordinated with this one, which the two share: "the
    founder and [leader] of Y", "a [member] and financier of Y"."""
    partners = [noun.head] if noun.dep_ == "conj" else [c for c in noun.children if c.dep_ == "conj"]
    return [o for p in partners if p.pos_ == "NOUN" for o in prep_objects(p, word, deep=False)]


def viewers(noun: Token) -> list[Token]:
    """Who holds the view a noun states of someone: "X considered Y [an enemy]", "X regarded Y
    as [a threat]", "X considered Y to be [an ally]"; none where the noun is simply said."""
    verb = noun.head
    as_what = noun.dep_ == "pobj" and verb.lower_ == "as"
    to_be = noun.dep_ == "attr" and verb.lemma_ == "be" and verb.dep_ in ("ccomp", "xcomp")
    if as_what or to_be:
        verb = verb.head
    elif noun.dep_ not in _SMALL_CLAUSE_DEPS:
        return []
    if verb.pos_ not in _CLAUSE_POS or verb.lemma_.lower() not in vocabulary().triggers.viewing_verbs:
        return []
    return subjects(verb)  # of a passive, its agents: "Y is seen as a threat by X"


def role_tokens(trigger: Token, role: str) -> tuple[list[Token], bool]:
    """Tokens filling `role` around `trigger`, and whether they were guessed."""
    if role == "nsubj":
        return subjects(trigger), False
    if role == "nsubjpass":
        return passive_subjects(trigger), False
    if role == "agent":
        return agents(trigger), False
    if role == "dative":  # "gave X money", "gave a haven to X"
        return [o for d in _children(trigger, "dative") for o in ([d] if d.pos_ != "ADP" else pobjs(d))], False
    if role in ("dobj", "attr", "poss", "compound", "amod"):
        return _children(trigger, role), False
    if role == "self":
        return [trigger], False
    if role == "holder":
        return holders(trigger)
    if role == "viewer":
        return viewers(trigger), False
    if role == "complement":  # "helped Y escape": the subject of the verb's clausal complement
        return [s for c in _children(trigger, "ccomp", "xcomp") for s in _children(c, "nsubj")], False
    if role == "giver":
        giving = trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in vocabulary().triggers.giving_verbs
        return (subjects(trigger.head) if giving else []), False
    if role == "acl:agent":
        return [a for v in _children(trigger, "acl") if v.tag_ == "VBN" for a in agents(v)], False
    if role.startswith("dobj>prep:"):
        word = role.split(":", 1)[1]
        return [o for d in _children(trigger, "dobj") for o in prep_objects(d, word, deep=False)], False
    if role.startswith("prep:"):
        word = role.split(":", 1)[1]
        found = prep_objects(trigger, word, deep=trigger.pos_ in _CLAUSE_POS)
        event = trigger.dep_ == "nsubj" and trigger.pos_ == "NOUN" and word in _PARTICIPANT_PREPOSITIONS
        if not found and (trigger.dep_ == "dobj" or event):
            # "received aid from X", "clashes erupted between X and Y"
            found = prep_objects(trigger.head, word, deep=False)
        elif not found and trigger.dep_ == "pobj" and trigger.pos_ == "NOUN" and trigger.head.head.pos_ in _CLAUSE_POS:
            # "went to war with X", "entered into an alliance with X"
            found = prep_objects(trigger.head.head, word, deep=False)
        elif not found and trigger.pos_ == "NOUN":
            found = _coordinated_objects(trigger, word)
        return found, False
    raise ValueError(f"unknown role {role!r}")
