"""Who fills a trigger's roles: the tokens `roles` finds, turned into actors of one paragraph.

A name is its mention, with its conjuncts and appositions ("A, B and elements of C"); a partitive
or a group's people stand for the group ("elements of the ISI", "X's fighters"), unless they
have left it ("former members of X"); a noun said to be an actor stands for it ("X is [a group]
that ..."); a generic noun stands for its examples ("groups such as X"); pronouns and definite
descriptions ("its", "the network", "the two groups") are resolved against the other side."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from linkchart.extract.mentions import coref
from linkchart.extract.mentions.find import ParsedDocument
from linkchart.extract.syntax.roles import governing_clause, governing_partitive, pobjs, subjects
from linkchart.model import ActorCluster, ActorType, vocabulary
from linkchart.resolve.gazetteer import is_country

_POSSESSIVE = re.compile(r"['\u2019]s\b")
RECIPROCAL = -2  # stands for "each other": every pair of the subjects
_NAMING_VERBS = frozenset({"call", "name", "dub", "know", "brand", "style"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both", "two"})


@dataclass
class Reference:
    """A pronoun or definite description whose actor depends on the claim's other side."""

    token: Token
    types: tuple[ActorType, ...]
    head_noun: str | None = None
    count: int = 1  # "the two groups", "both groups": the last two actors of the types


@dataclass
class Side:
    """The actors found for one side of a claim, the token each was found at, the references
    still to resolve, and whether the side was only guessed from the clause."""

    clusters: list[int] = field(default_factory=list)
    tokens: dict[int, Token] = field(default_factory=dict)
    references: list[Reference] = field(default_factory=list)
    guessed: bool = False


class ArgumentResolver:
    """Turns argument tokens into actor clusters for one paragraph."""

    def __init__(self, parsed: ParsedDocument, clusters: list[ActorCluster], paragraph: int, offset: int) -> None:
        self.parsed, self.clusters, self.paragraph, self.offset = parsed, clusters, paragraph, offset
        self.lexicon = vocabulary().triggers

    def expand(self, token: Token) -> Iterator[Token]:
        """The token, its conjuncts and its appositions ("A, B and elements of C"); not a
        collective said of them ("A and B, the country's two largest guerrilla groups")."""
        yield token
        for child in token.children:
            if child.dep_ == "conj" or (child.dep_ == "appos" and not self._describes(child)):
                yield from self.expand(child)

    def _whole_of(self, children: list[Token]) -> list[Token] | None:
        """What a partitive noun stands for: the object of its "of", with whoever holds it ("the
        town of X, held by Y"), or else the organization its compound names ("the Hezb-e Islami
        faction led by X" is Hezb-e Islami); None where it has neither."""
        ofs = [c for c in children if c.dep_ == "prep" and c.lower_ == "of"]
        if ofs:
            return [o for c in ofs for o in c.children if o.dep_ == "pobj"] + self._holders(children)
        return self._named_before(children) or None

    def _named_before(self, children: list[Token]) -> list[Token]:
        """The organizations named in a noun's compound before it ("the [Hezb-e Islami] faction");
        not a place or a people ("the Kunar branch", "its Tajik wing"), nor a unit named by a
        possessive ("JAF's Bannu wing" is JAF's wing in Bannu, no body of its own we name)."""
        named = []
        for child in (c for c in children if c.dep_ == "compound"):
            mention = self.parsed.mention_of(child, self.paragraph)
            if mention is None or _POSSESSIVE.search(mention.text):
                continue
            if self.clusters[mention.cluster].type == "organization":
                named.append(child)
        return named

    def _describes(self, appos: Token) -> bool:
        mention = self.parsed.mention_of(appos, self.paragraph)
        return mention is not None and appos.pos_ == "NOUN" and coref.unnamed_collective(self.clusters[mention.cluster])

    def collect(self, tokens: list[Token], side: Side, depth: int = 0) -> None:
        for token in (t for root in tokens for t in self.expand(root)):
            self._one(token, side, depth)

    def _one(self, token: Token, side: Side, depth: int) -> None:
        mention = self.parsed.mention_of(token, self.paragraph)
        if mention is not None and self.clusters[mention.cluster].type == "group" and (owning := owners(token)):
            self.collect(owning, side, depth + 1)  # "militants belonging to X", "fighters loyal to X" act as X
            return
        if mention is not None:
            if mention.cluster not in side.clusters:
                side.clusters.append(mention.cluster)
                side.tokens[mention.cluster] = token
            self.collect(examples(token), side, depth + 1)  # "opposition groups, including X"
            if self.clusters[mention.cluster].type == "location":  # "Dera, held by X" stands for X too
                self.collect(self._holders(list(token.children)), side, depth + 1)
            return
        if depth > 3:
            return
        children = list(token.children)
        pronoun = coref.pronoun_types(token)
        if pronoun is not None and (state := self._subject_state(token)) is not None:
            self.collect([state], side, depth + 1)  # "Iran had increased [its] funding for Hamas"
        elif pronoun is not None:
            side.references.append(Reference(token, pronoun, count=2 if self._after_pair(token) else 1))
        elif is_each_other(token):
            side.clusters.append(RECIPROCAL)
        elif any(c.dep_ == "amod" and c.lower_ in self.lexicon.estranged for c in children):
            self.collect(examples(token), side, depth + 1)  # "former members of X" no longer act as X
        elif token.lower_ in self.lexicon.partitives and (whole := self._whole_of(children)) is not None:
            self.collect(whole, side, depth + 1)
        elif token.pos_ == "NOUN" and (said_of := described(token)):
            # "X is [an organization] that includes Y", "X, [a group] that fought Y": the noun is X
            self.collect(said_of, side, depth + 1)
        elif holders := self._holders(children):
            # "the militias headed by X and Y" act as X and Y; "a camp run by X" stands for X
            self.collect(holders, side, depth + 1)
        elif (
            token.lemma_.lower() in self.lexicon.anaphoric_nouns
            and any(c.dep_ in ("det", "nummod") and c.lower_ in _DEFINITE for c in children)
            and not any(c.dep_ in ("compound", "amod", "poss", "acl", "relcl", "prep") for c in children)
        ):
            plural = token.tag_ == "NNS"
            lemma = None if plural else token.lemma_.lower()
            # "the group" is one body; "the two groups" may be collectives too
            bodies: tuple[ActorType, ...] = ("organization", "group") if plural else ("organization",)
            side.references.append(Reference(token, bodies, lemma, 2 if plural else 1))
        else:
            # "a US Navy ship": the name may sit in a compound of the compound
            chained = [g for c in children if c.dep_ == "compound" for g in c.children if g.dep_ == "compound"]
            modifiers = [
                c
                for c in [*children, *chained]
                if c.dep_ in ("compound", "nmod", "poss") and self.parsed.mention_of(c, self.paragraph) is not None
            ]
            if token.lemma_.lower() in self.lexicon.standing_nouns:  # "X's leader", "its soldiers" stand for X
                modifiers += [c for c in children if c.dep_ == "poss" and c not in modifiers]
                modifiers += [o for c in children if c.dep_ == "prep" and c.lower_ == "of" for o in pobjs(c)]
            else:  # "X's rival" is not X
                modifiers = [c for c in modifiers if c.dep_ != "poss"]
            if any(c.dep_ == "appos" and self.parsed.mention_of(c, self.paragraph) is not None for c in children):
                modifiers = []  # "the UN-designated group Jaish-e-Mohammed" is the group it names, not the UN
            self.collect(modifiers + examples(token), side, depth + 1)

    def _holders(self, children: list[Token]) -> list[Token]:
        """Who holds a thing said to be held: "a camp [run by X]", "[X-held] villages"."""
        held = [c for c in children if c.dep_ in ("acl", "amod") and c.lemma_.lower() in self.lexicon.held_by]
        by = [o for c in held for a in c.children if a.dep_ == "agent" for o in pobjs(a)]
        prefixed = [
            p
            for c in held
            if c.dep_ == "amod"
            for p in c.children
            if p.i < c.i and self.parsed.mention_of(p, self.paragraph) is not None
        ]
        return by + prefixed

    def _subject_state(self, pronoun: Token) -> Token | None:
        """The country its own clause's subject names, for an "its" in that clause: a state acts
        as a body, though named as a place, which a pronoun of bodies would pass over."""
        clause = governing_clause(pronoun) if pronoun.lower_ in coref.ORGANIZATION_PRONOUNS else None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
        mention = self.parsed.mention_of(subject, self.paragraph) if subject is not None else None
        if mention is None or self.clusters[mention.cluster].type != "location":
            return None
        return subject if is_country(self.clusters[mention.cluster].name) else None

    def _after_pair(self, pronoun: Token) -> bool:
        """Whether a plural pronoun follows two actors joined by "and" in its sentence: "While A and
        B share an ideology, [they] have competed" is both."""
        subject = pronoun.dep_ in _SUBJECTS or (pronoun.dep_ == "poss" and pronoun.head.dep_ in _SUBJECTS)
        if pronoun.lower_ not in coref.PLURAL_PRONOUNS or not subject:  # "they clashed", "their fighters clashed"
            return False
        return any(
            t.dep_ == "conj"
            and t.head.dep_ in _SUBJECTS
            and self.parsed.mention_of(t, self.paragraph) is not None
            and self.parsed.mention_of(t.head, self.paragraph) is not None
            for t in pronoun.sent
            if t.i < pronoun.i
        )

    def settle(self, side: Side, other: Side) -> None:
        """Resolve the side's references, never to an actor on the other side."""
        for ref in side.references:
            found = coref.antecedents(
                self.parsed,
                self.clusters,
                self.offset + ref.token.idx,
                self.paragraph,
                ref.types,
                set(other.clusters),
                ref.head_noun,
                ref.count,
            )
            for cluster in found:
                if cluster not in side.clusters:
                    side.clusters.append(cluster)
                    side.tokens[cluster] = ref.token
        side.references.clear()


def described(noun: Token) -> list[Token]:
    """The actor a noun describes: the subject of "is [a group]", the name of "X, [a group]",
    and of "X was one of several [groups] that formed Y"."""
    while (whole := governing_partitive(noun)) is not None:
        noun = whole
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        return subjects(noun.head)
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return [noun.head]
    return []


def owners(token: Token) -> list[Token]:
    """The group a collective is said to belong to: "militants [belonging to X]"."""
    belonging = vocabulary().triggers.belonging
    return [
        o
        for c in token.children
        if c.dep_ in ("acl", "amod") and c.lemma_.lower() in belonging
        for p in c.children
        if p.dep_ == "prep" and p.lower_ in ("to", "with")
        for o in pobjs(p)
    ]


def examples(token: Token) -> list[Token]:
    """The actors a generic noun is illustrated by or named as: "other groups, including X and
    Y", "groups such as X", "a new organization called X"."""
    found = [
        named
        for acl in token.children
        if acl.dep_ == "acl" and acl.lemma_.lower() in _NAMING_VERBS
        for named in acl.children
        if named.dep_ in ("oprd", "attr", "dobj")
    ]
    for prep in (c for c in token.children if c.dep_ == "prep"):
        such_as = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
        if prep.lower_ in ("including", "like") or such_as:
            found += [o for o in prep.children if o.dep_ == "pobj"]
    return found


def is_each_other(token: Token) -> bool:
    """'each other', 'one another' (the word the parser makes their head)."""
    return (token.lower_, tuple(c.lower_ for c in token.children)) in (("other", ("each",)), ("another", ("one",)))
