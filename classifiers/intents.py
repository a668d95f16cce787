"""spaCy component `carerra_intents`: from cues to intents, channels and scores.

Implements the rules of shared/spec/labels.md that combine cues: negation, "delete me
from your mailing list" (unsubscribe, not erasure), withdrawn consent (unsubscribe on
all channels), objection to direct marketing (objection + unsubscribe), complaint only
about personal data or a privacy request (boilerplate threats do not count, reminders
do), `other` alone when nothing else, and the channel rules.

Writes `doc._.intent_scores` (every intent of the contract), `doc._.intents`,
`doc._.channels`, `doc._.needs_review` and `doc._.evidence`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc

from classifiers.contract import CHANNELS, INTENTS
from classifiers.cues import Cue, norms_of
from classifiers.findings import findings

STRONG = 0.95
FLIPPED = 0.85  # a negated wish to receive ("I'd rather not receive ...")
DERIVED = 0.85  # an intent implied by another rule (objection to marketing, list-only)
SOFT = 0.8
WEAK = 0.45
TWO_WEAK = 0.7
THRESHOLD = 0.5
REVIEW_BELOW = 0.75
PRIVACY_INTENTS = set(INTENTS) - {"other", "complaint"}
# what an `erase_ref` ("delete it") may refer to: the data asked about or named before it
REF_CONTEXT = {"access", "privacy"}
# sentences back an erase_ref may look for the data it means, against the model
REF_NEAR = 3
# a message of at most three words holding one of these (often the subject alone):
# stop / enough / cancel / sign off, in the eight languages
BARE_STOP = {"stop", "stopp", "arret", "arrete", "alto", "basta", "pare", "parem", "stoppen",
             "unsubscribe", "desabonner", "abmelden", "baja", "afmelden", "wypisz",
             "enough", "genug", "schluss", "assez", "genoeg", "chega", "dosc", "sair",
             "cancel", "annuler", "cancelar", "anular", "annulla", "opzeggen", "rezygnacja",
             "rezygnuje", "abbestellen", "uitschrijven", "desinscription", "desinscrire",
             "disiscrivimi", "descadastrar", "wypisac", "wypisanie"}
CHANNEL_CUES = {f"ch_{c}": c for c in CHANNELS}
# a reminder ("the third time", "tre volte") is a complaint only when it is about the data
# or the request: one of these (strong cues) within REMINDER_REACH sentences of it, a
# channel in its own sentence, or in the subject ("the delivery was moved twice" in a
# product story that ends "and stop your e-mails" is no complaint)
REQUEST_TALK = PRIVACY_INTENTS | {"privacy", "marketing", "withdraw", "list_target",
                                  "all_channels", "authority", "complaint"}
REMINDER_REACH = 3
# wording that speaks of stopping marketing, whatever the channel
STOP_TALK = {"unsubscribe", "withdraw", "marketing", "list_target", "all_channels", "subscribe"}
# "without" in the eight languages (folded)
WITHOUT = frozenset({"without", "ohne", "sans", "sin", "senza", "zonder", "sem", "bez"})
# "and" in the eight languages (folded): what joins two requests
AND_WORDS = frozenset({"and", "und", "et", "y", "e", "ed", "en", "i", "oraz", "also", "ook"})

def _overlaps(a: Cue, b: Cue) -> bool:
    return a.start < b.end and b.start < a.end


class IntentDecider:
    def __call__(self, doc: Doc) -> Doc:
        found = findings(doc)
        norms = norms_of(doc)
        cues = [c for c in (found.cues or []) if not c.disclaimer]
        evidence: list[str] = []
        hits: dict[str, list[tuple[float, Cue | None]]] = defaultdict(list)
        weak_names: dict[str, set[str]] = defaultdict(set)
        by_clause: dict[int, set[str]] = defaultdict(set)
        by_sent: dict[int, set[str]] = defaultdict(set)
        for c in cues:
            by_clause[c.clause].update(c.labels)
            by_sent[c.sent].update(c.labels)
        present = {lab for c in cues for lab in c.labels}
        all_unsub = [c for c in cues if "unsubscribe" in c.labels]
        unsub_cues = [c for c in all_unsub if not c.negated]
        vetoes = [c for c in cues if any(lab.startswith("veto_") for lab in c.labels)]

        def add(intent: str, score: float, cue: Cue, why: str = "pattern") -> None:
            hits[intent].append((score, cue))
            evidence.append(f"{why}:{intent}:{cue.lang}:{cue.name}")

        for c in cues:
            for label in c.labels:
                if label == "withdraw" and not c.negated:
                    add("unsubscribe", STRONG, c, "withdraw")
                if label not in PRIVACY_INTENTS | {"complaint"}:
                    continue
                if any(f"veto_{label}" in v.labels and _overlaps(c, v) for v in vetoes):
                    evidence.append(f"veto:{label}")
                    continue
                if label == "restriction" and not c.negated and self._purpose(c, by_clause, add):
                    continue
                if c.negated:
                    # a negated wish to receive is a stop, unless the negation is that of an
                    # unsubscribe overlapping it ("möchte mich nicht vom Newsletter abmelden")
                    if label == "subscribe" and not any(_overlaps(c, u) for u in all_unsub):
                        add("unsubscribe", FLIPPED, c, "negated-wish")
                    else:
                        evidence.append(f"negated:{label}")
                    continue
                if label == "subscribe" and any(_overlaps(c, u) for u in unsub_cues):
                    continue
                if label == "erasure" and self._list_only(c, cues, norms):
                    add("unsubscribe", DERIVED, c, "list-only")
                    evidence.append("list-only:erasure")
                    continue
                if label == "complaint" and c.weak:
                    continue  # judged below, with the context
                if c.weak:
                    weak_names[label].add(c.name)
                    hits[label].append((WEAK, c))
                else:
                    add(label, SOFT if c.soft else STRONG, c)

        self._erase_ref(cues, add, evidence, norms)

        # objection to (direct) marketing is also an unsubscribe
        for c in cues:
            if "objection" in c.labels and not c.negated and not c.weak:
                clause = by_clause[c.clause]
                if "marketing" in clause and "profiling" not in clause:
                    add("unsubscribe", DERIVED, c, "objection-marketing")

        # a reminder inside a complaint veto tells of no earlier request ("ich will nicht
        # wieder angerufen werden" asks for the future): it chases nothing and is no complaint
        vetoes = [v for v in cues if "veto_complaint" in v.labels]
        told = [c for c in cues if not ("chase" in c.labels
                                        and any(_overlaps(c, v) for v in vetoes))]
        self._chased_request(told, hits, by_sent, add)
        self._complaint(told, hits, by_sent, present, evidence, add)
        words = [n for n in norms if n.isalpha()]
        if 0 < len(words) <= 3 and set(words) & BARE_STOP and not hits.get("unsubscribe"):
            hits["unsubscribe"].append((STRONG, None))
            evidence.append("bare-stop:unsubscribe")

        self._past_unsubscribe(cues, hits, evidence)
        self._chased_erasure(cues, hits, evidence)

        scores = {i: 0.0 for i in INTENTS}
        for intent, lst in hits.items():
            if not lst:
                continue
            best = max(s for s, _ in lst)
            if best < THRESHOLD and len(weak_names[intent]) >= 2:
                best = TWO_WEAK
                evidence.append(f"weak-cues:{intent}")
            scores[intent] = best
        # contested accuracy while restricting is restriction (Art. 18(1)(a));
        # "send me my data as CSV" is portability, not a second access request
        for strong, weak in (("restriction", "rectification"), ("portability", "access")):
            if scores[strong] >= THRESHOLD and scores[weak] < STRONG - 0.01:
                scores[weak] = min(scores[weak], WEAK)
        intents = [i for i in INTENTS if i != "other" and scores[i] >= THRESHOLD]
        if not intents:
            scores["other"] = 0.6 if any(scores.values()) else 0.9
            intents = ["other"]
        channels = self._channels(doc, hits, cues, intents)
        review = ("subscribe" in intents and "unsubscribe" in intents) or any(
            scores[i] < REVIEW_BELOW for i in intents if i != "other"
        )
        if "subscribe" in intents and "unsubscribe" in intents:
            evidence.append("conflict:subscribe+unsubscribe")
        found.intent_scores = scores
        found.intent_hits = hits
        found.intents = tuple(intents)
        found.channels = channels
        found.needs_review = review
        found.evidence = list(dict.fromkeys(evidence))
        return doc

    def _erase_ref(self, cues: list[Cue], add, evidence: list[str], norms: Sequence[str]) -> None:
        """ "Where did you get my number? Delete it." / "Tell me what you hold, then erase
        it": an erasure whose object is a pronoun (`erase_ref` cues) is one when an earlier
        cue of the message asks about or names the sender's data (access, privacy)."""
        for c in cues:
            if "erase_ref" not in c.labels or c.negated:
                continue
            if WITHOUT.intersection(norms[max(0, c.start - 2):c.start]):
                continue  # "keep the data without deleting it" (senza cancellarli)
            if any("veto_erasure" in v.labels and _overlaps(c, v) for v in cues):
                continue  # "congelate i miei dati: non cancellateli" (a vetoed pronoun)
            context = [o for o in cues
                       if o.start < c.start and not o.negated and set(o.labels) & REF_CONTEXT]
            if not context:
                continue
            if self._list_only(c, cues, norms):  # "delete it from your mailing list"
                add("unsubscribe", DERIVED, c, "list-only")
                evidence.append("list-only:erasure")
            else:
                add("erasure", DERIVED, c, "erase-ref")
                # the data named in the same or the sentence before ("How did you get my
                # number? Delete it."): hybrid.py keeps it against the model (which
                # hears no erasure in a pronoun), for a person to confirm
                if any(c.sent - REF_NEAR <= o.sent <= c.sent for o in context):
                    evidence.append("erase-ref-near:erasure")

    @staticmethod
    def _chased_request(cues: list[Cue], hits, by_sent, add) -> None:
        """ "Second reminder of my erasure request of 3 December": a request named only
        by a weak cue ("richiesta di cancellazione", "demande d'effacement") is made when
        a reminder in its sentence chases it (labels.md: a reminder is a complaint plus
        the intent it chases)."""
        chasing = {c.sent for c in cues if "chase" in c.labels and not c.weak
                   and not c.negated and "boilerplate" not in by_sent[c.sent]}
        if not chasing:
            return
        for intent in PRIVACY_INTENTS - {"unsubscribe", "subscribe"}:
            # not a stop: "I asked you to close my account and still get post from you"
            # chases the erasure; the post it mentions is no request of its own
            for score, c in list(hits.get(intent, [])):
                if score == WEAK and c is not None and c.weak and c.sent in chasing:
                    add(intent, DERIVED, c, "chased-request")

    @staticmethod
    def _past_unsubscribe(cues: list[Cue], hits, evidence: list[str]) -> None:
        """ "I unsubscribed by mistake months ago, please put me back": the unsubscribe
        (and the reminder it looks like) is history, the request is the subscribe."""
        if not any(s >= THRESHOLD for s, _ in hits.get("subscribe", [])):
            return
        past = {c.sent for c in cues if "past" in c.labels}
        kept = [(s, c) for s, c in hits.get("unsubscribe", []) if c is None or c.sent not in past]
        if len(kept) < len(hits.get("unsubscribe", [])):
            hits["unsubscribe"] = kept
            hits["complaint"] = [(s, c) for s, c in hits.get("complaint", [])
                                 if c is not None and "chase" not in c.labels]
            evidence.append("past:unsubscribe")

    @staticmethod
    def _chased_erasure(cues: list[Cue], hits, evidence: list[str]) -> None:
        """ "I asked you to close my account and I still get post from you. Delete all my
        data": the "still getting ..." chases the erasure, it is no unsubscribe of its
        own while nothing in the message speaks of stopping or of marketing."""
        if not any(s >= THRESHOLD for s, _ in hits.get("erasure", [])):
            return
        if any(s >= THRESHOLD for s, _ in hits.get("unsubscribe", [])):
            return
        live = [c for c in cues if not c.negated]
        chases = [c for c in live if "chase" in c.labels and c.weak]
        if not chases:
            return
        # "bekomme immer noch Briefe" is also read as a weak stop: that reading is the
        # chase itself, not stop talk of its own
        if any(set(c.labels) & STOP_TALK and not (c.weak and any(_overlaps(c, ch) for ch in chases))
               for c in live):
            return
        evidence.append("chased-erasure:unsubscribe")

    @staticmethod
    def _purpose(c: Cue, by_clause, add) -> bool:
        """ "Stop using my data for marketing / profiling" is an objection (and for
        marketing an unsubscribe), not a restriction."""
        clause = by_clause[c.clause]
        if "profiling" in clause:
            add("objection", DERIVED, c, "restriction-purpose")
            return True
        if "marketing" in clause:
            add("objection", DERIVED, c, "restriction-purpose")
            add("unsubscribe", DERIVED, c, "restriction-purpose")
            return True
        return False

    @staticmethod
    def _list_only(c: Cue, cues: list[Cue], norms: Sequence[str]) -> bool:
        """An erasure cue whose object is a mailing list ("delete me from your list");
        not one joined to the list by "and" ("take me off the list and delete my
        account", "delete my account and unsubscribe me from the newsletter": two
        requests)."""
        return any(
            "list_target" in o.labels and o.clause == c.clause
            and ((0 <= o.start - c.start <= 8 and not any(
                "unsubscribe" in u.labels and c.end <= u.start < o.start
                and AND_WORDS.intersection(norms[c.end:u.start]) for u in cues
            )) or (
                0 <= c.start - o.end <= 3 and not AND_WORDS.intersection(norms[o.end:c.start])
            ))
            for o in cues
        )

    @staticmethod
    def _complaint(cues, hits, by_sent, present, evidence, add) -> None:
        privacy_ctx = "privacy" in present or any(
            s >= THRESHOLD for i in PRIVACY_INTENTS for s, _ in hits.get(i, [])
        )
        # a deadline in a first request ("if you do not reply within one month I reserve
        # the right to complain") chases nothing
        # strong cues, and weak ones a rule made a request of ("ma demande de suppression"
        # chased); a weak "il manque" is no request
        made = {id(c) for lst in hits.values() for s, c in lst if s >= THRESHOLD}
        talk = defaultdict(set)
        for o in cues:
            if not o.weak or id(o) in made:
                talk[o.sent].update(o.labels)

        def about_request(c: Cue) -> bool:
            """In the subject, near privacy or marketing wording, or in one sentence with
            a channel ("they called me twice again this week")."""
            return c.in_subject or bool(talk[c.sent] & set(CHANNEL_CUES)) or any(
                talk[s] & REQUEST_TALK
                for s in range(c.sent - REMINDER_REACH, c.sent + REMINDER_REACH + 1))

        chased = any("chase" in c.labels and not c.negated and not c.weak
                     and "boilerplate" not in by_sent[c.sent] and about_request(c) for c in cues)
        weak_complaints = len({c.name for c in cues if "complaint" in c.labels and c.weak})
        for c in cues:
            if c.negated:
                continue
            if "authority" in c.labels:
                if "boilerplate" in by_sent[c.sent] and not chased:
                    evidence.append("boilerplate:complaint")
                else:
                    add("complaint", 0.9, c)
            elif "complaint" in c.labels and c.weak:
                if "boilerplate" in by_sent[c.sent] and not chased:
                    evidence.append("boilerplate:complaint")
                elif chased or (weak_complaints >= 2 and privacy_ctx) or (
                    "privacy" in by_sent[c.sent] and not by_sent[c.sent] & PRIVACY_INTENTS
                ):
                    add("complaint", 0.8, c, "pattern-in-context")
                else:
                    evidence.append(f"no-privacy-context:complaint:{c.name}")
            elif ("chase" in c.labels and not c.weak and privacy_ctx
                  and "boilerplate" not in by_sent[c.sent]):
                if about_request(c):
                    add("complaint", 0.8, c, "reminder")
                else:  # "the delivery was moved three times" (a product story)
                    evidence.append(f"no-request-near:complaint:{c.name}")

    @staticmethod
    def _channels(doc: Doc, hits, cues: list[Cue], intents: list[str]) -> tuple[str, ...]:
        """Channels named where the (un)subscribe request is made: its clause, else its
        sentence, else the subject, else a sentence that talks about marketing; then
        "all marketing"-like wording means all four, and nothing at all means email."""
        if "unsubscribe" not in intents and "subscribe" not in intents:
            return ()
        by_intent = [
            (i, c) for i in ("unsubscribe", "subscribe") if i in intents for s, c in hits[i]
            if s >= THRESHOLD and c is not None
        ]
        channel_cues = _channel_cues(cues, keeping="subscribe" not in intents)
        explicit: set[str] = set()
        all_four = False
        # the body says which channels; a subject ("Opposition prospection") only where
        # the body holds no request of its own -- of the same intent: in "SMS nein, E-Mail
        # ja" over a body that only signs up, the subject still says what stops
        in_body = {i for i, t in by_intent if not t.in_subject}
        triggers = [t for i, t in by_intent if not t.in_subject or i not in in_body]
        for t in triggers:
            for scope in ("clause", "sent"):
                in_scope = [c for c in channel_cues if getattr(c, scope) == getattr(t, scope)]
                named = _named(in_scope)
                if named or any(_all_four(c) for c in in_scope):
                    break
            else:
                if len(in_body) == 2 and not set(t.labels) & ALL_FOUR_TRIGGERS \
                        and not t.in_subject:
                    # a swap whose stop names no channel: "Die SMS nerven mich. Bitte
                    # abbestellen. Dafür ... E-Mail-Newsletter anmelden" names the
                    # stopped channels in the sentence before
                    in_scope = [c for c in channel_cues
                                if c.sent == t.sent - 1 and not c.in_subject]
                    named = _named(in_scope)
            if named:
                explicit |= named
            elif set(t.labels) & ALL_FOUR_TRIGGERS or any(_all_four(c) for c in in_scope):
                all_four = True
        heard = {i for i, _ in by_intent}
        if explicit and not all_four and len(heard) == 1 and \
                {"subscribe", "unsubscribe"} <= set(intents):
            # a swap whose other half only the model heard ("keine SMS mehr, dafür aber
            # bitte den Newsletter per E-Mail"): its channels are those named in the
            # body's clauses that hold no request the rules heard
            asked = {t.clause for t in triggers}
            explicit |= _named([c for c in channel_cues
                                if not c.in_subject and c.clause not in asked])
        if not explicit and not all_four:
            subject = [c for c in channel_cues if c.in_subject]
            talk = {c.sent for c in cues if set(c.labels) & MARKETING_TALK and not c.negated}
            for group in (subject, [c for c in channel_cues if c.sent in talk]):
                explicit = _named(group)
                all_four = not explicit and any(_all_four(c) for c in group)
                if explicit or all_four:
                    break
        if not explicit and not all_four:
            # no channel named anywhere near the request: "no more advertising" means
            # every channel, a bare "unsubscribe" the newsletter
            all_four = any("all_channels" in c.labels for c in channel_cues) and not any(
                set(c.labels) & set(CHANNEL_CUES) for c in channel_cues)
            if not all_four:  # a channel named elsewhere in the message
                explicit = {CHANNEL_CUES[lab] for c in channel_cues if not c.weak
                            for lab in c.labels if lab in CHANNEL_CUES}
        if all_four:
            return CHANNELS
        if explicit:
            return tuple(ch for ch in CHANNELS if ch in explicit)
        return ("email",)


def channels_for(doc: Doc, intents: Sequence[str]) -> tuple[str, ...]:
    """The channels for a final set of intents, by the rules above: a trained model may
    confirm an (un)subscribe the rules found too weak, and its channels are then found
    the same way (the request's clause, sentence, the subject, marketing talk, email)."""
    u = findings(doc)
    ruled = u.intents or ()
    if all((i in intents) == (i in ruled) for i in ("unsubscribe", "subscribe")):
        return u.channels  # the same (un)subscribe decision as the rules: their channels
    cues = [c for c in (u.cues or []) if not c.disclaimer]
    hits = defaultdict(list, u.intent_hits or {})
    return IntentDecider._channels(doc, hits, cues, list(intents))


MARKETING_TALK = {"marketing", "unsubscribe", "subscribe", "withdraw", "objection"}
# an unsubscribe that comes from withdrawn consent or from an objection to processing
# for marketing covers every channel unless one is named (labels.md)
ALL_FOUR_TRIGGERS = {"withdraw", "objection", "restriction"}


def _channel_cues(cues: list[Cue], keeping: bool = True) -> list[Cue]:
    """Channel and all-channel cues, without those inside a longer cue of another
    channel ("courrier électronique" is email, not post), naming the request's own
    medium ("with this email", "I phoned twice"), inside wording that only sounds like
    a channel (`no_channel`: "c'est tout", "remove his details altogether") or, with
    `keeping`, a channel the sender keeps ("the e-mails are fine")."""
    # "with this email": the request's own medium, not a channel
    media = [c for c in cues if {"medium", "no_channel"} & set(c.labels)]
    chans = [
        c for c in cues
        if not c.negated and (set(c.labels) & set(CHANNEL_CUES) or "all_channels" in c.labels)
        and not any(m.start <= c.start and c.end <= m.end for m in media)
    ]
    # "on my phone" is where the marketing arrives, not the calls channel, when the
    # message names some channel outside such a phrase ("texts ... on my phone")
    devices = [c for c in cues if "device" in c.labels]
    if devices:
        def on_device(c: Cue) -> bool:
            return any(d.start <= c.start and c.end <= d.end for d in devices)
        if any(not on_device(c) and set(c.labels) & set(CHANNEL_CUES) for c in chans):
            chans = [c for c in chans if not on_device(c)]
    # "the e-mails are fine, no more texts": a channel the sender keeps is no channel of
    # a stop (beside a sign-up, "e-mails are fine" may be what is asked for)
    keeps = [c for c in cues if "keep" in c.labels] if keeping else []
    if keeps:
        chans = [c for c in chans if not set(c.labels) & set(CHANNEL_CUES) or not any(
            k.start <= c.start and c.end <= k.end for k in keeps)]
    kept = []
    for c in chans:
        inside = any(
            o is not c and o.start <= c.start and c.end <= o.end
            and o.end - o.start > c.end - c.start
            and set(o.labels) & set(CHANNEL_CUES) and set(o.labels) != set(c.labels)
            for o in chans
        )
        if not inside:
            kept.append(c)
    return kept


def _all_four(c: Cue) -> bool:
    """A strong all-channels cue ("any communications", "direct marketing"); the weak
    ones (a bare "marketing") count only where no channel is named at all."""
    return "all_channels" in c.labels and not c.weak


def _named(group: list[Cue]) -> set[str]:
    """Channels named by strong cues, or by weak ones ("mailing list") if no strong."""
    strong = {CHANNEL_CUES[lab] for c in group if not c.weak for lab in c.labels
              if lab in CHANNEL_CUES}
    if strong:
        return strong
    return {CHANNEL_CUES[lab] for c in group for lab in c.labels if lab in CHANNEL_CUES}


@Language.factory("carerra_intents")
def make_intent_decider(nlp: Language, name: str) -> IntentDecider:
    return IntentDecider()
