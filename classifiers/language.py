"""Language of what the sender wrote: lingua, restricted to our eight languages.

One lingua detector, in low-accuracy mode (trigram models only, ~25 MB resident and
0.15 s to load; the high-accuracy n-gram models cost ~200 MB more and measured no
better on the dev split, where the trained `language` component decides most messages
and very short texts are settled by their words, `SHORT_WORDS`). Restricting lingua to
en/de/fr/es/it/nl/pt/pl makes a neighbour (Catalan, Galician,
Danish, Afrikaans, ...) come out as the closest of ours, which is what the reply
templates want; adding neighbours only to map them back costs load time (about 0.13 s
per language with preloaded models) and changes nothing. Texts too short to judge
("STOP", "Unsubscribe") are English unless a word in them belongs clearly to one of
the other languages (`SHORT_WORDS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lingua import Language, LanguageDetectorBuilder

from classifiers.text import fold

OURS = {
    Language.ENGLISH: "en", Language.GERMAN: "de", Language.FRENCH: "fr",
    Language.SPANISH: "es", Language.ITALIAN: "it", Language.DUTCH: "nl",
    Language.PORTUGUESE: "pt", Language.POLISH: "pl",
}
MIN_LETTERS = 25  # below this, lingua is not asked unless a word decides
MIN_CONFIDENCE = 0.35
SHORT_CONFIDENCE = 0.75  # a short text without a telling word: lingua must be sure
_WORD = re.compile(r"[^\W\d_]+")
_URL = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")

# words that by themselves mark a language in a very short text (folded)
SHORT_WORDS = {
    "en": "please pls plz thx thanks thank you your my the and more texts txt msgs unsub"
          " send copy data calls emails remove delete wipe account want dont any"
          " anymore new old number mobile cheers catalogues sell share personal information"
          " off take",
    "de": "abmelden abbestellen austragen bitte danke loschen nein keine keinen kein nicht"
          " mehr hallo"
          " werbung auskunft ich will mir mich mein meine euren ihren ihr zu und der die das ist"
          " hort auf stopp schicken senden newsletter_abbestellen konto daten wieder eintragen"
          " anrufe anrufen briefe werbepost aufhoren schluss lasst lassen uns mit von sie ihnen"
          " endlich sofort",
    "fr": "desabonner desinscrire desinscription desabonnement merci bonjour supprimer svp"
          " arreter je ne me mon ma mes vos votre les des du de la le et objet voir plus"
          " jamais appels courriels arretez cessez envoyer envoyez veuillez moi nous vous rien"
          " publicite stp courrier",
    "es": "baja darme gracias hola borrar eliminar eliminad favor cancelar suscripcion quiero"
          " mi mis me de del el la los las que dice asunto tenéis teneis datos cuenta sumame alta"
          " llamen llamadas llamar correos mensajes dejen ya publicidad manden mas paren"
          " molestarme apuntame porfa",
    "it": "disiscrivere disiscrizione cancellatemi grazie ciao buongiorno cancellare basta annulla"
          " mi mio miei vostro vostra il della dei che non piu iscrizione"
          " mandate mandare chiamate chiamare messaggi pubblicita smettete smettetela favore"
          " niente cancellami disiscrivimi cancellate dati avete quali di su",
    "nl": "afmelden uitschrijven dank bedankt hallo verwijderen graag alstublieft geen niet meer"
          " sturen aub zet mij op de het een nieuwsbrief opzeggen mijn"
          " ik wil uw jullie ajb niks nooit van aan bij ook maar met bellen stuur hou houd"
          " brieven die mails opheffen wissen",
    "pt": "descadastrar obrigado obrigada ola apagar cancelar subscricao parem chega anular"
          " quero meu minha meus nao mais da dos sair lista"
          " mandem enviem ligacoes ligar mensagens voces vcs pf pfv publicidade parar pare"
          " remover excluir conta dados adicionem aos mim tem",
    "pl": "wypisz wypisac wypisanie dziekuje prosze usun usunac rezygnuje dzien dobry nie mnie"
          " moje moj z ze mailingu newslettera wiecej"
          " tych tego juz dosc maili jest danych moich nigdy zadnych przestancie wysylajcie"
          " dzwonic dzwoncie wiadomosci reklam ofert usuncie konto",
}
_SHORT = {lang: set(words.split()) for lang, words in SHORT_WORDS.items()}
# a word listed for k languages gives each of them 1/k of a vote: "de" (fr, es, nl)
# weighs less than "parem" (pt only)
_WEIGHT = {w: 1 / sum(w in s for s in _SHORT.values()) for s in _SHORT.values() for w in s}


def _letters(text: str) -> int:
    return sum(len(w) for w in _WORD.findall(text))


class LanguageDetector:
    def __init__(self, *, warm_up: bool = False) -> None:
        # trigram models only, preloaded: nothing is left to load on first use
        self._detector = (
            LanguageDetectorBuilder.from_languages(*OURS)
            .with_low_accuracy_mode().with_preloaded_language_models().build()
        )

    def warm_up(self) -> None:
        """Kept for callers that warm up at start-up: the models are already loaded."""

    @staticmethod
    def _clean(text: str) -> str:
        return _URL.sub(" ", (text or "")[:1500])[:600]

    @staticmethod
    def _short(text: str) -> str | None:
        """None for a text long enough for lingua; else the language its words vote
        for, or "" if they do not decide."""
        words = [fold(w) for w in _WORD.findall(text)]
        if sum(len(w) for w in words) >= MIN_LETTERS:
            return None
        votes = {lang: sum(_WEIGHT[w] for w in words if w in s) for lang, s in _SHORT.items()}
        best = max(votes, key=lambda k: votes[k])
        return best if votes[best] > 0 and list(votes.values()).count(votes[best]) == 1 else ""

    def detect(self, text: str, fallback: str = "") -> str:
        return self.detect_many([(text, fallback)])[0]

    def detect_many(self, items: Iterable[tuple[str, str]]) -> list[str]:
        """Language codes for (text, fallback text) pairs; the fallback (the subject) is
        used when the text has no letters."""
        out: list[str | None] = []
        todo: list[tuple[int, str]] = []
        short_todo: list[tuple[int, str]] = []  # short, no telling word: lingua if sure
        for i, (text, fallback) in enumerate(items):
            text = self._clean(text)
            if _letters(text) < MIN_LETTERS:  # too short: let the subject help
                text = (self._clean(fallback) + "\n" + text).strip()
            short = self._short(text)
            out.append(short)
            if short is None:
                todo.append((i, text))
            elif short == "" and _letters(text) >= 8:
                out[i] = None
                short_todo.append((i, text))
        if todo:
            detector = self._detector
            if len(todo) > 8:
                results = detector.compute_language_confidence_values_in_parallel(
                    [t for _, t in todo]
                )
            else:
                results = [detector.compute_language_confidence_values(t) for _, t in todo]
            for (i, _), values in zip(todo, results, strict=True):
                top = values[0] if values else None
                out[i] = OURS[top.language] if top and top.value >= MIN_CONFIDENCE else "en"
        for i, text in short_todo:
            values = self._detector.compute_language_confidence_values(text)
            top = values[0] if values else None
            out[i] = OURS[top.language] if top and top.value >= SHORT_CONFIDENCE else "en"
        return [lang or "en" for lang in out]
