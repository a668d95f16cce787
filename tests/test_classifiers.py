"""The rule classifier (classifiers/): the shared examples, the rules of
shared/spec/labels.md one by one, the robot headers of shared/spec/mail-hygiene.md,
and a smoke test per language."""

from __future__ import annotations

import email
import html
import json
import os
import re
from email import policy
from functools import partial
from pathlib import Path

import pytest

from classifiers import INTENTS, MailInput
from classifiers.headers import is_web_form_relay, robot_header_reasons
from classifiers.hybrid import answers_us, decide_intents, decide_kind
from classifiers.intents import channels_for
from classifiers.model import Prediction
from classifiers.text import fold, prepare

EXAMPLES = Path(
    os.environ.get("BOT_EXAMPLES", Path(__file__).resolve().parents[2] / "shared" / "examples")
)
ALL = ["email", "phone", "post", "sms"]


def classify(clf, body: str, subject: str = "", **kw):
    return clf.classify(MailInput(subject=subject, body=body, sender=kw.pop("sender",
                                  "Jo Bloggs <jo@example.com>"), **kw))


# --- the shared examples, parsed crudely with the stdlib (the bot has its own parser) ---

_WROTE = re.compile(
    r"^\s*(On|Le|Am|El|Il|Op|Em|W dniu)\b.*"
    r"(wrote|écrit|schrieb|escribió|scritto|schreef|escreveu|napisał)\s*:\s*$"
)


def _text_of(msg: email.message.EmailMessage) -> str:
    plain = html_part = None
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError):
            continue
        if not isinstance(content, str):
            continue
        if part.get_content_type() == "text/plain" and plain is None:
            plain = content
        elif part.get_content_type() == "text/html" and html_part is None:
            html_part = content
    if plain is not None:
        return plain
    text = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", html_part or "")
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def parse_eml(path: Path) -> MailInput:
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    full = _text_of(msg)
    own = []
    for line in full.splitlines():
        if _WROTE.match(line):
            break
        if not line.lstrip().startswith(">"):
            own.append(line)
    report = msg.get_param("report-type") if msg.get_content_type() == "multipart/report" else ""
    return MailInput(
        subject=str(msg.get("subject", "")),
        body="\n".join(own).strip(),
        sender=str(msg.get("from", "")),
        headers={k.lower(): str(v) for k, v in msg.items()},
        full_text=full,
        content_type=msg.get_content_type(),
        report_type=str(report or ""),
    )


def test_shared_examples_match_labels(clf) -> None:
    labels = [json.loads(line) for line in (EXAMPLES / "labels.jsonl").read_text().splitlines()
              if line.strip()]
    assert len(labels) == 40
    mails = [parse_eml(EXAMPLES / row["file"]) for row in labels]
    misses = []
    for row, got in zip(labels, clf.classify_many(mails), strict=True):
        want = (row["kind"], sorted(row["intents"]), sorted(row["channels"]), row["language"])
        have = (got.kind, sorted(got.intents), sorted(got.channels), got.language)
        if want != have:
            misses.append(f"{row['file']}: want {want} got {have} ({'; '.join(got.evidence[:6])})")
    print("\n".join(["shared-example misses:", *misses]))
    # ex40 ("I wrote six weeks ago to correct my address, no answer; I may go to the
    # CNIL") is labelled complaint only, while labels.md makes a reminder of an
    # unanswered request "complaint plus the intent it chases" and the dev split labels
    # 13 such reminders that way; the classifier follows the spec (classifiers/MODEL.md)
    unexpected = [m for m in misses if not m.startswith("ex40.eml:")]
    assert not unexpected, "\n".join(unexpected)


# --- kinds -----------------------------------------------------------------------------

def test_header_less_out_of_office_is_auto_reply(clf) -> None:
    got = classify(clf, "Hallo, ich bin bis zum 27. Oktober auf Dienstreise und lese meine "
                        "E-Mails nur unregelmäßig. Gunnar", subject="Nicht im Büro")
    assert got.kind == "auto_reply" and got.intents == ()


def test_ticket_confirmation_is_auto_reply(clf) -> None:
    got = classify(clf, "This automatic note confirms we've logged your email as case 30551.",
                   subject="We got your email [Case 30551]")
    assert got.kind == "auto_reply"


def test_bounce_from_text_and_status_code(clf) -> None:
    got = classify(clf, "Votre message n'a pas pu être remis. Adresse inconnue (550 5.1.1).",
                   subject="Message non délivré", headers={"return-path": "<>"},
                   sender="Service <postmaster@mail.example.fr>")
    assert got.kind == "bounce" and got.language == "fr"
    assert clf.classify(MailInput(body="x", report_type="delivery-status")).kind == "bounce"
    assert clf.classify(MailInput(body="Hello", bounced=("a@example.com",))).kind == "bounce"


def test_spam_kinds(clf) -> None:
    pitch = classify(clf, "Votre site mérite un design plus moderne. Nous réalisons des sites "
                          "vitrines à partir de 490 €. Répondez OUI pour une maquette gratuite.")
    prize = classify(clf, "Herzlichen Glückwunsch! Sie haben bei unserer Jahresverlosung ein "
                          "Tablet gewonnen. Bestätigen Sie jetzt Ihre Versandadresse.")
    phish = classify(clf, "Your mailbox is full. Verify your account within 24 hours or it "
                          "will be suspended.")
    newsletter = classify(clf, "Recycled mailer boxes are back in stock. Unsubscribe here.",
                          headers={"list-unsubscribe": "<https://x.example/u>"})
    assert [g.kind for g in (pitch, prize, phish, newsletter)] == ["spam"] * 4


def test_web_form_relay_is_human(clf) -> None:
    headers = {"auto-submitted": "auto-generated", "reply-to": "Priya <priya@example.com>",
               "message-id": "<1@carerra.co>"}
    got = classify(clf, "Name: Priya Shah\nMessage: Please delete my account and all my data.",
                   subject="Contact form", sender="Carerra web <forms@carerra.co>",
                   headers=headers)
    assert got.kind == "human" and got.intents == ("erasure",)
    assert is_web_form_relay(headers, "forms@carerra.co", ("carerra.co",))
    # without the visitor in Reply-To it is our own robot
    assert not is_web_form_relay({"auto-submitted": "auto-generated"}, "forms@carerra.co",
                                 ("carerra.co",))


def test_a_reply_under_our_own_message_is_not_taken_for_spam(clf) -> None:
    # the kind model alone may call a bare "See attached." spam (phishing says it too);
    # threaded under a Message-ID of ours it is a person answering us
    # (P(human) 0: below any floor the tuning can choose, which went down to 0.1)
    pred = Prediction(intents={i: 0.0 for i in INTENTS},
                      kind={"human": 0.0, "spam": 0.9, "auto_reply": 0.05, "bounce": 0.05})

    def kind_of(**headers: str) -> str:
        mail = MailInput(subject="Re: [CAR-2026-00001] We have received your request",
                         body="See attached.", sender="jo@example.com", headers=headers)
        (doc,) = clf.rules.docs([mail])
        return decide_kind(doc, pred, clf.model.settings, answers_us(mail, ("carerra.co",)))[0]

    assert kind_of(**{"in-reply-to": "<a1b2@carerra.co>"}) == "human"
    assert kind_of(references="<x@example.org> <a1b2@carerra.co>") == "human"
    assert kind_of(**{"in-reply-to": "<a1b2@shop.example>"}) == "spam"
    mail = MailInput(subject="Re: [CAR-2026-00001] Your request", body="See attached.",
                     sender="jo@example.com", answers_us=True)
    (doc,) = clf.rules.docs([mail])
    assert decide_kind(doc, pred, clf.model.settings, answers_us(mail, ("carerra.co",)))[0] \
        == "human"
    # list mail stays spam whatever it claims to answer
    assert kind_of(**{"in-reply-to": "<a1b2@carerra.co>",
                      "list-unsubscribe": "<https://x.example/u>"}) == "spam"


@pytest.mark.parametrize("body", ["Merci", "Here it is: 1111-1111", "Here you go: 1234-5678",
                                  "Yes please, 1234 5678"])
@pytest.mark.parametrize("threaded", [{"headers": {"in-reply-to": "<9dc2@carerra.co>"}},
                                      {"answers_us": True}], ids=["in-reply-to", "reference"])
def test_a_short_reply_without_a_request_is_not_an_unsubscribe(clf, body: str, threaded) -> None:  # type: ignore[no-untyped-def]
    # under our acknowledgement, with no cue speaking of marketing, the model's lean
    # towards unsubscribe in very short texts (most one-liners in the data are "STOP")
    # is not enough on its own
    got = classify(clf, body, subject="Re: [CAR-2026-00001] We have received your request",
                   **threaded)
    assert got.kind == "human" and "unsubscribe" not in got.intents


@pytest.mark.parametrize(("certainty", "reviewed"), [(0.93, True), (0.96, True), (0.99, False)])
def test_an_erasure_is_acted_on_unreviewed_only_when_rules_and_a_very_sure_model_agree(
        clf, certainty: float, reviewed: bool) -> None:
    """Erasure cannot be undone: the rules must find it and the model be at least 0.97
    (0.97: at 0.9 the round 11 model acted on a wrong erasure of the tenth split)."""
    (doc,) = clf.rules.docs([MailInput(subject="Delete my account",
                                       body="Please delete my account and all my data.")])
    intents = {i: 0.0 for i in INTENTS} | {"erasure": certainty}
    pred = Prediction(intents=intents, kind={"human": 1.0})
    chosen, _, review = decide_intents(doc, pred, clf.model.settings)
    assert chosen == ["erasure"] and review is reviewed


@pytest.mark.parametrize("body", [
    "Je ne veux plus recevoir ça, merci.",
    "ich will die newsletter nicht mehr bitte abmelden",
])
def test_no_longer_is_a_stop_not_a_negated_one(clf, body) -> None:
    """"ne ... plus", "nicht mehr": the negation belongs to the stop, it
    does not negate it (nor the "abmelden" after "nicht mehr")."""
    got = classify(clf, body)
    assert "unsubscribe" in got.intents, got.evidence


@pytest.mark.parametrize("body", [
    "hej, możecie mnie wywalić z tych maili z promkami? dzięki",
    "Hola, ¿me podéis sacar de esto? Gracias",
])
def test_informal_stops_without_a_stop_verb_of_the_lists(clf, body) -> None:
    got = classify(clf, body)
    assert "unsubscribe" in got.intents, got.evidence


def test_robot_headers_with_a_real_request_stay_human_for_review(clf) -> None:
    got = classify(clf, "Please erase all my personal data under Article 17 GDPR.",
                   headers={"auto-submitted": "auto-forwarded"})
    assert got.kind == "human" and "erasure" in got.intents and got.needs_review


# --- robot headers: every rule of mail-hygiene.md ---------------------------------------

@pytest.mark.parametrize(("headers", "sender", "reason"), [
    ({"auto-submitted": "auto-replied"}, "a@example.com", "header:auto-submitted"),
    ({"precedence": "bulk"}, "a@example.com", "header:precedence:bulk"),
    ({"precedence": "junk"}, "a@example.com", "header:precedence:junk"),
    ({"precedence": "list"}, "a@example.com", "header:precedence:list"),
    ({"X-Precedence": "auto_reply"}, "a@example.com", "header:x-precedence:auto_reply"),
    ({"x-autoreply": "yes"}, "a@example.com", "header:x-autoreply"),
    ({"x-autorespond": "1"}, "a@example.com", "header:x-autorespond"),
    ({"x-autoresponder": "1"}, "a@example.com", "header:x-autoresponder"),
    ({"x-autoresponse": "1"}, "a@example.com", "header:x-autoresponse"),
    ({"x-autoreply-from": "a@example.com"}, "a@example.com", "header:x-autoreply-from"),
    ({"x-mail-autoreply": "1"}, "a@example.com", "header:x-mail-autoreply"),
    ({"x-autogenerated": "Reply"}, "a@example.com", "header:x-autogenerated"),
    ({"x-amazon-mail-relay-type": "notification"}, "a@example.com",
     "header:x-amazon-mail-relay-type"),
    ({"x-fc-machinegenerated": "true"}, "a@example.com", "header:x-fc-machinegenerated"),
    ({"delivered-to": "Autoresponder"}, "a@example.com", "header:delivered-to:autoresponder"),
    ({"x-auto-response-suppress": "DR, AutoReply"}, "a@example.com",
     "header:x-auto-response-suppress"),
    ({"x-auto-response-suppress": "All"}, "a@example.com", "header:x-auto-response-suppress"),
    ({"x-loop": "carerra"}, "a@example.com", "header:x-loop"),
    ({"list-id": "<news.example.com>"}, "a@example.com", "header:list-id"),
    ({"list-unsubscribe": "<mailto:u@x>"}, "a@example.com", "header:list-unsubscribe"),
    ({"return-path": "<>"}, "a@example.com", "header:return-path-null"),
    ({"x-failed-recipients": "b@example.com"}, "a@example.com", "header:x-failed-recipients"),
    ({"content-type": 'multipart/report; report-type="delivery-status"'}, "a@example.com",
     "header:delivery-report"),
    ({}, "", "sender:empty-from"),
    ({}, "Admin <admin@carerra.co>", "sender:own-domain"),
    ({}, "shop@mail.carerra.co", "sender:own-domain"),
    ({"message-id": "<abc@carerra.co>"}, "a@example.com", "header:message-id-own-domain"),
    ({}, "MAILER-DAEMON@mx.example.org", "sender:robot-local-part:mailer-daemon"),
    ({}, "postmaster@example.org", "sender:robot-local-part:postmaster"),
    ({}, "abuse@example.org", "sender:robot-local-part:abuse"),
    ({}, "root@example.org", "sender:robot-local-part:root"),
    ({}, "noreply-billing@example.org", "sender:robot-local-part:noreply-billing"),
    ({}, "no-reply@example.org", "sender:robot-local-part:no-reply"),
    ({}, "donotreply@example.org", "sender:robot-local-part:donotreply"),
])
def test_robot_header_rule(headers, sender, reason) -> None:
    assert reason in robot_header_reasons(headers, sender, ("carerra.co",))


def test_own_loop_token_header() -> None:
    reasons = robot_header_reasons({"X-Carerra-Loop": "1"}, "a@example.com", ("carerra.co",),
                                   loop_headers=("X-Carerra-Loop",))
    assert reasons == ["header:own-loop:x-carerra-loop"]


@pytest.mark.parametrize(("headers", "sender"), [
    ({"auto-submitted": "no"}, "a@example.com"),
    ({"precedence": "first-class"}, "a@example.com"),
    ({"x-auto-response-suppress": "DR, RN"}, "a@example.com"),
    ({"return-path": "<a@example.com>"}, "Jo <jo@example.com>"),
    ({}, "carerra.co.fan@example.com"),
    ({}, "rooted@example.org"),
])
def test_ordinary_headers_allow_an_answer(headers, sender) -> None:
    assert robot_header_reasons(headers, sender, ("carerra.co",)) == []


# --- intents: the rules of labels.md ---------------------------------------------------

@pytest.mark.parametrize(("body", "intents", "channels"), [
    ("Please do not delete my account, just stop the emails.", ["unsubscribe"], ["email"]),
    ("Bitte löschen Sie mein Konto nicht! Ich möchte nur keine Newsletter mehr.",
     ["unsubscribe"], ["email"]),
    ("Bitte löschen Sie meine Daten nicht, sondern schicken Sie mir einfach keine Newsletter "
     "mehr.", ["unsubscribe"], ["email"]),
    ("Ne supprimez pas mon compte, je veux seulement ne plus recevoir vos SMS.",
     ["unsubscribe"], ["sms"]),
    ("No borren mi cuenta, solo quiero dejar de recibir los SMS.", ["unsubscribe"], ["sms"]),
    ("Non cancellate il mio account, vorrei solo non ricevere più SMS.", ["unsubscribe"], ["sms"]),
    ("Verwijder mijn account niet, ik wil alleen geen sms'jes meer ontvangen.",
     ["unsubscribe"], ["sms"]),
    ("Não apaguem a minha conta, só não quero receber mais SMS.", ["unsubscribe"], ["sms"]),
    ("Nie usuwajcie mojego konta, chcę tylko przestać dostawać SMS-y.", ["unsubscribe"], ["sms"]),
    ("Hi, I'm not closing my account. I just don't want any more sales calls on my landline.",
     ["unsubscribe"], ["phone"]),
    # typed without the apostrophe, or shouted
    ("pls dont delete my account just stop emails", ["unsubscribe"], ["email"]),
    ("you cant delete my account, I still use it. I just want the promo emails to stop",
     ["unsubscribe"], ["email"]),
    ("I didnt ask you to delete my data, I want off the mailing list", ["unsubscribe"],
     ["email"]),
    ("please do NOT delete my account, just stop the emails", ["unsubscribe"], ["email"]),
    ("Proszę nie usuwajcie mojego konta, chcę tylko przestać dostawać newsletter.",
     ["unsubscribe"], ["email"]),
    ("Por favor não apaguem a minha conta, só quero deixar de receber a newsletter.",
     ["unsubscribe"], ["email"]),
    ("Por favor no borréis mi cuenta, solo quiero dejar de recibir la newsletter.",
     ["unsubscribe"], ["email"]),
    ("Mijn account niet verwijderen aub, ik wil alleen geen nieuwsbrief meer ontvangen.",
     ["unsubscribe"], ["email"]),
])
def test_negation_is_scoped_to_its_clause(clf, body, intents, channels) -> None:
    got = classify(clf, body)
    assert (sorted(got.intents), sorted(got.channels)) == (intents, channels), got.evidence
    assert any(e.startswith("negated:erasure") for e in got.evidence)


@pytest.mark.parametrize("body", [
    "I withdraw my consent and ask you to erase all my personal data.",
    "Hiermit widerrufe ich meine Einwilligung und verlange die Löschung meiner Daten.",
    "Je retire mon consentement et demande la suppression de mes données.",
    "Retiro mi consentimiento y solicito la supresión de mis datos.",
    "Revoco il consenso e chiedo la cancellazione dei miei dati.",
    "Ik trek mijn toestemming in en verzoek om verwijdering van mijn gegevens.",
    "Retiro o meu consentimento e peço o apagamento dos meus dados.",
    "Wycofuję zgodę i proszę o usunięcie moich danych.",
])
def test_withdrawn_consent_is_unsubscribe_on_all_channels(clf, body) -> None:
    got = classify(clf, body)
    assert sorted(got.intents) == ["erasure", "unsubscribe"], got.evidence
    assert sorted(got.channels) == ALL


def test_quoted_marketing_does_not_count(clf) -> None:
    mail = MailInput(
        subject="Re: Autumn Lights weekend",
        body="Are the lanterns suitable for outdoor use?",
        full_text="Are the lanterns suitable for outdoor use?\n> Manage your email choices or "
                  "unsubscribe at any time.\n> Read how we use and delete personal data.",
        sender="m@example.org",
    )
    got = clf.classify(mail)
    assert got.kind == "human" and got.intents == ("other",)


def test_disclaimers_do_not_count(clf) -> None:
    body = ("Can you confirm a pallet collection on Friday?\n\nThis message is intended solely "
            "for the named recipient. If it has reached you by mistake, kindly inform us and "
            "delete all copies and any personal data it contains.\nTo unsubscribe from our "
            "mailing list click here.")
    got = classify(clf, body)
    assert got.intents == ("other",), got.evidence


@pytest.mark.parametrize(("body", "intents"), [
    ("Delete me from your mailing list please.", ["unsubscribe"]),
    ("Please delete my data and my account.", ["erasure"]),
    ("Please delete the lamp from my order, I ordered two by mistake.", ["other"]),
    ("I've deleted your email by accident, could you resend the invoice?", ["other"]),
    ("How do I remove an item from my wishlist?", ["other"]),
    ("I object to direct marketing.", ["objection", "unsubscribe"]),
    ("Do not sell or share my personal information.", ["objection"]),
    ("Please stop using tracking pixels in your emails.", ["objection"]),
    ("My sofa arrived broken, this is unacceptable.", ["other"]),
    ("I want a copy of my data under Art. 15 GDPR. I reserve the right to complain to the ICO.",
     ["access"]),
    ("I asked you to delete my data two months ago and have heard nothing. I will report you "
     "to the ICO.", ["complaint", "erasure"]),
    ("Please send me the CCTV footage of me from your Dundee shop on 6 May.", ["access"]),
    ("I am writing on behalf of my son. Please close his account and remove all his details.",
     ["erasure"]),
    ("Please send me my order history as a CSV file.", ["portability"]),
    ("Please stop using my data until you have checked my address.", ["restriction"]),
    ("My surname is misspelt, it should be McAllister. Please correct it.", ["rectification"]),
])
def test_intent_rules(clf, body, intents) -> None:
    got = classify(clf, body)
    assert sorted(got.intents) == intents, got.evidence


@pytest.mark.parametrize(("body", "list_only"), [
    ("Please erase my details from your newsletter list.", True),
    ("Take me off your mailing list and delete my account.", False),
    ("Bitte nehmen Sie mich aus dem Verteiler und löschen Sie mein Konto.", False),
    ("Haal me van de mailinglijst en verwijder mijn account.", False),
])
def test_an_erasure_joined_to_the_list_by_and_is_a_second_request(clf, body, list_only) -> None:
    got = classify(clf, body)
    assert ("list-only:erasure" in got.evidence) is list_only, got.evidence
    assert "unsubscribe" in got.intents
    assert ("erasure" in got.intents) is not list_only


def test_other_never_with_another_intent_and_scores_for_every_intent(clf) -> None:
    for body in ("When does the Nantes shop open?", "Unsubscribe me please."):
        got = classify(clf, body)
        assert set(got.scores) == set(INTENTS)
        assert all(0.0 <= v <= 1.0 for v in got.scores.values())
        assert "other" not in got.intents or got.intents == ("other",)
    assert classify(clf, "Unsubscribe me please.").scores["unsubscribe"] >= 0.9


# --- channels --------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "intents", "channels"), [
    ("Unsubscribe", ["unsubscribe"], ["email"]),
    ("Please take me off your mailing list.", ["unsubscribe"], ["email"]),
    ("Stop all marketing please.", ["unsubscribe"], ALL),
    ("Stop contacting me.", ["unsubscribe"], ALL),
    ("Please stop sending me texts and catalogues.", ["unsubscribe"], ["post", "sms"]),
    ("Not the emails, only stop the phone calls.", ["unsubscribe"], ["phone"]),
    ("J'aimerais ne plus avoir de textos publicitaires ni de prospectus papier. Les e-mails, "
     "en revanche, ne me dérangent pas.", ["unsubscribe"], ["post", "sms"]),
    ("Could you add me to the mailing for your printed brochure?", ["subscribe"], ["post"]),
    # words the channel lists lacked: "propaganda" is advertising of any kind (pt, es),
    # "msjs" and "whatsapp-berichten" are texts, "circulaires" and "papeles" paper
    ("PAREM DE MANDAR PROPAGANDA PRA MIM. JÁ DEU.", ["unsubscribe"], ALL),
    ("Ik wil graag worden uitgeschreven. Geen whatsapp-berichten meer graag.",
     ["unsubscribe"], ["sms"]),
    ("Arrêtez de m'envoyer vos circulaires, merci.", ["unsubscribe"], ["post"]),
    ("Ni correos ni papeles, dejen de mandarme publicidad.", ["unsubscribe"], ["email", "post"]),
    ("no kiero mas msjs de ustedes, dejen de mandarme msjs", ["unsubscribe"], ["sms"]),
])
def test_channel_rules(clf, body, intents, channels) -> None:
    got = classify(clf, body)
    assert (sorted(got.intents), sorted(got.channels)) == (intents, channels), got.evidence


@pytest.mark.parametrize(("body", "channels"), [
    ("No more texts please, the emails are fine.", ["sms"]),
    ("Please put my landline on your do-not-call list, I'm happy to keep getting the "
     "emails.", ["phone"]),
    ("Bitte keine Werbeanrufe mehr, die Mails dürfen gerne weiter kommen.", ["phone"]),
    ("Arrêtez les SMS svp, les mails ça va.", ["sms"]),
    ("Dejad de mandarme el catálogo en papel, los correos sí me valen.", ["post"]),
    ("Basta telefonate pubblicitarie, le email vanno benissimo.", ["phone"]),
    ("Geen folders meer in de bus graag, de mails zijn prima.", ["post"]),
    ("Parem com as ligações, os e-mails chegam.", ["phone"]),
    ("Proszę wyłączyć SMS-y z ofertami, maile mogą dalej przychodzić.", ["sms"]),
    ("La newsletter mi piace e potete continuare a mandarla. Gli SMS invece toglieteli.",
     ["sms"]),
    ("Newsletter mailowy czytam i niech zostanie, ale SMS-y proszę wyłączyć.", ["sms"]),
])
def test_a_channel_the_sender_keeps_is_not_stopped(clf, body, channels) -> None:
    got = classify(clf, body)
    assert (got.intents, sorted(got.channels)) == (("unsubscribe",), channels), got.evidence


@pytest.mark.parametrize(("body", "channels"), [
    ("I have phoned twice and emailed once to ask you to stop the catalogues. Another one "
     "came today. Stop sending them.", ["post"]),
    ("Ich hab schon zweimal angerufen: schicken Sie mir keine Prospekte mehr!", ["post"]),
    ("J'ai déjà demandé par téléphone de ne plus recevoir vos SMS. Arrêtez les SMS.", ["sms"]),
    ("Ik heb al twee keer gebeld om te zeggen dat ik geen folders meer wil.", ["post"]),
    ("Op 3 september heb ik jullie gemaild dat ik geen sms'jes meer wil ontvangen.", ["sms"]),
    ("stop z tymi smsami, wysłane z telefonu", ["sms"]),
])
def test_how_the_sender_asked_before_is_no_channel(clf, body, channels) -> None:
    got = classify(clf, body)
    assert "unsubscribe" in got.intents and sorted(got.channels) == channels, got.evidence


@pytest.mark.parametrize("body", [
    "Never contact me again.",
    "Ich will von Ihnen nichts mehr hören. Lassen Sie mich in Ruhe.",
    "Supprimez mes données et je ne veux plus rien d'aucune sorte.",
    "Bórrenme de todo, no quiero saber nada más de ustedes.",
    "Non voglio più ricevere niente da voi, in nessun modo.",
    "Hou op met mij lastig te vallen.",
    "Não quero mais nada convosco. Parem com tudo.",
    "Dajcie mi wreszcie święty spokój, nie chcę od Was niczego innego.",
    "I'm done with you. Don't send me anything ever again.",
    "Ich will weder Mails noch SMS noch eure Heftchen noch Anrufe.",
])
def test_stop_everything_without_a_channel_word_is_every_channel(clf, body) -> None:
    """labels.md: "stop contacting me" with no channel named is all four."""
    got = classify(clf, body)
    assert ("unsubscribe" in got.intents, sorted(got.channels)) == (True, ALL), got.evidence


def test_a_channel_that_is_fine_in_a_sign_up_is_asked_for(clf) -> None:
    """Beside a sign-up, "e-mail, SMS and post are fine" is what is asked for."""
    got = classify(clf, "Bitte melden Sie mich für Ihre Angebote an, per SMS und Post ist in "
                        "Ordnung.")
    assert (got.intents, sorted(got.channels)) == (("subscribe",), ["post", "sms"]), got.evidence


@pytest.mark.parametrize(("body", "channels"), [
    ("take me off your text message list, I keep getting promos on my phone", ["sms"]),
    ("I keep getting your adverts by text message on my mobile phone, stop it", ["sms"]),
    ("Hört auf, mir Werbe-SMS auf mein Handy zu schicken.", ["sms"]),
    ("Arrêtez de m'envoyer des SMS publicitaires sur mon téléphone.", ["sms"]),
    ("stop calling my phone with offers", ["phone"]),
])
def test_the_phone_as_a_device_is_no_channel(clf, body, channels) -> None:
    got = classify(clf, body)
    assert (got.intents, sorted(got.channels)) == (("unsubscribe",), channels), got.evidence


def test_channels_from_subject_and_nested_phrases(clf) -> None:
    got = classify(clf, "Please take me off the list.", subject="Stop the texts")
    assert (got.intents, got.channels) == (("unsubscribe",), ("sms",))
    got = classify(clf, "Je n'ai plus envie de recevoir la lettre d'information. Merci de me "
                        "désinscrire.")
    assert (got.intents, got.channels) == (("unsubscribe",), ("email",))
    got = classify(clf, "Please delete my name from your mailing list for catalogues.")
    assert (got.intents, got.channels) == (("unsubscribe",), ("post",))


def test_subscribe_and_unsubscribe_together_need_review(clf) -> None:
    got = classify(clf, "Stop the texts but sign me up for your email newsletter.")
    assert sorted(got.intents) == ["subscribe", "unsubscribe"]
    assert sorted(got.channels) == ["email", "sms"]
    assert got.needs_review


def test_robots_carry_no_intents(clf) -> None:
    got = classify(clf, "I am out of the office until Monday. Please delete my data.",
                   headers={"auto-submitted": "auto-replied"})
    assert got.kind == "auto_reply" and got.intents == () and got.channels == ()


# --- languages -------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "body", "intents"), [
    ("en", "Please remove me from your newsletter.", ["unsubscribe"]),
    ("de", "Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben.", ["access"]),
    ("fr", "Je souhaite la suppression de mon compte et de toutes mes données.", ["erasure"]),
    ("es", "Quiero darme de baja de su boletín, gracias.", ["unsubscribe"]),
    ("it", "Mi oppongo alla profilazione dei miei acquisti.", ["objection"]),
    ("nl", "Graag ontvang ik een kopie van mijn persoonsgegevens (inzageverzoek).", ["access"]),
    ("pt", "Quero transferir os meus dados para outra empresa num formato estruturado.",
     ["portability"]),
    ("pl", "Proszę o ograniczenie przetwarzania moich danych do czasu wyjaśnienia sprawy.",
     ["restriction"]),
])
def test_language_smoke(clf, lang, body, intents) -> None:
    got = classify(clf, body)
    assert (got.language, sorted(got.intents)) == (lang, intents), got.evidence


def test_short_texts_are_english_unless_clearly_not(clf) -> None:
    assert classify(clf, "STOP").language == "en"
    assert classify(clf, "STOP").intents == ("unsubscribe",)
    assert classify(clf, "Abmelden bitte").language == "de"


@pytest.mark.parametrize(("body", "lang"), [
    ("Dość tych maili!", "pl"),
    ("Stop met bellen en mailen", "nl"),
    ("Parem de me ligar", "pt"),
    ("No me llamen más", "es"),
    ("Stop calling me", "en"),
    ("wot info do u have on me", "en"),  # "do" is English too, "me" French or Spanish
    # lingua's trigrams call these Portuguese, Polish, Spanish or English
    ("no more texts pls", "en"),
    ("pls no more txt msgs. thx", "en"),
    ("send me a copy of my data pls", "en"),
    ("Cancellami", "it"),
    ("Que dados têm sobre mim?", "pt"),
    ("PARAR", "pt"),
    ("No más SMS", "es"),
])
def test_a_short_text_is_told_by_its_most_distinctive_words(clf, body, lang) -> None:
    """A word listed for several languages (`SHORT_WORDS`) weighs less than one that
    belongs to a single one."""
    assert classify(clf, body).language == lang


def test_text_normalisation() -> None:
    assert fold("Löschung ŁÓDŹ straße") == "loschung lodz strasse"
    assert prepare("I don't want e-mails; l'utilisation") == "I do not want emails; l utilisation"
    assert prepare("pls dont delete, I didnt ask, you cant") == (
        "pls do not delete, I did not ask, you can not")
    # French "dont" is a relative pronoun, not a negation
    assert prepare("les données dont vous disposez") == "les données dont vous disposez"


def test_tokenizer_without_whitespace_special_cases_gives_the_same_tokens() -> None:
    """`blank_nlp` drops the "xx" tokenizer's whitespace special cases (they switch off
    its cache) and must tokenise exactly like spacy.blank("xx")."""
    import spacy
    from spacy.attrs import IDX, NORM, ORTH, SPACY

    from classifiers.pipeline import blank_nlp

    texts = ["Unsubscribe\n\nPlease stop.\nThanks :) a. b.\n", "tab\there  two  spaces \n x",
             " \n\t lead", "e-mail (a) x.\u00a0y — z", "Art. 17 lit. a) DSGVO\r\n\r\nMfG",
             "C++ <3 l'utilisation n. u. \n\n\n", "", " ", "\n"]
    attrs = [ORTH, NORM, SPACY, IDX]
    blank, ours = spacy.blank("xx").tokenizer, blank_nlp().tokenizer
    for _ in range(2):  # the second time from the cache
        for text in texts:
            assert ours(text).to_array(attrs).tolist() == blank(text).to_array(attrs).tolist()


def test_rules_dev_set(clf) -> None:
    rows = [json.loads(line) for line in
            (Path(__file__).resolve().parents[1] / "classifiers" / "data" / "rules_dev.jsonl")
            .read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({r["language"] for r in rows}) == 8 and len(rows) >= 120
    mails = [
        MailInput(subject=r["subject"], body=r["text"], headers=r.get("headers", {}),
                  sender=r.get("sender", "x@example.com"))
        for r in rows
    ]
    got = clf.classify_many(mails)
    exact = sum(
        (g.kind, sorted(g.intents), sorted(g.channels), g.language)
        == (r["kind"], sorted(r["intents"]), sorted(r["channels"]), r["language"])
        for g, r in zip(got, rows, strict=True)
    )
    assert exact / len(rows) >= 0.95  # (speed is measured in bench/classify.py, not here)


def test_a_hyphenated_pattern_word_is_refused_at_load() -> None:
    """prepare() writes "e-mail" as "email" and "oubliez-moi" as "oubliez moi" before the
    matcher sees a word, so a pattern spelled with the hyphen would silently never match."""
    from classifiers.patterns import compile_token

    with pytest.raises(ValueError, match="'email'"):
        compile_token("e-mail|mail")
    with pytest.raises(ValueError, match="'oubliez moi'"):
        compile_token("oubliez-moi")
    # a regular expression is taken as written
    assert compile_token("~e-?mail") == {"NORM": {"REGEX": "^(?:e-?mail)$"}}


# --- the pattern data and the matcher ---------------------------------------------------

def test_patterns_are_valid_spacy_matcher_patterns() -> None:
    import spacy
    from spacy.matcher import Matcher

    from classifiers.patterns import load_packs

    nlp = spacy.blank("xx")
    matcher = Matcher(nlp.vocab, validate=True)
    packs = load_packs()
    assert set(packs) == {"en", "de", "fr", "es", "it", "nl", "pt", "pl"}
    for lang, pack in packs.items():
        assert len(pack.rules) > 100, lang
        for i, rule in enumerate(pack.rules):
            matcher.add(f"{lang}:{i}", [list(rule.tokens)])
    # the same rule finds the same span with spaCy's Matcher and ours
    doc = nlp("please do not delete my account")
    for token in doc:
        token.norm_ = token.lower_
    assert any(doc[s:e].text == "delete my account" for _, s, e in matcher(doc))


def test_required_literals() -> None:
    from classifiers.matcher import required_literals

    assert required_literals(r"^(?:\w*(daten|informationen)\w*)$") == {"daten", "informationen"}
    assert required_literals(r"^(?:newsletter\w*|email|ad)$") == {"newsletter", "email", "ad"}
    assert required_literals(r"^(?:sms-?angebote)$") == {"angebote"}
    # (the parser factors out the common "lo": the longer required part is chosen)
    assert required_literals(r"^(?:(losch|loesch)\w*)$") == {"sch", "esch"}
    assert required_literals(r"^(?:\d[\d.,]*)$") is None
    assert required_literals(r"^(?:x?)$") is None
    assert required_literals(r"^(?:a|\d+)$") is None
    assert required_literals(r"(?i:data)") is None


def test_regexes_are_found_by_their_literals(clf) -> None:
    """Nearly every regex is tried only on words containing one of its literals, and
    the predicates of a word are those of testing every regex on it."""
    matcher = clf.rules.nlp.get_pipe("carerra_cues").matcher
    indexed = {pid for hits in matcher._rx_by_lit.values() for pid, _ in hits}
    assert len(indexed) > 0.99 * len(matcher._rx)
    words = ["datenloschung", "newsletterabmeldung", "unsubscribe", "a", "12.03.2026",
             "€25", "wypisania", "désabonner", "zgody", "the", "", "-", "mailing", "informacje"]
    for word in words:
        brute = set(matcher._eq.get(word, ())) | {
            pid for pid, rx in matcher._rx if rx.search(word)}
        assert matcher.preds_of(word) == brute, word


def test_fast_matcher_agrees_with_brute_force() -> None:
    from classifiers.matcher import TokenPatternMatcher, first_chars

    assert first_chars(r"^(?:(losch|loesch)\w*)$") == frozenset("l")
    assert first_chars(r"^(?:\w*(daten))$") is None
    m = TokenPatternMatcher()
    m.add("a", [{"NORM": {"REGEX": r"^(?:(usun|usuw)\w*)$"}}, {"OP": "{0,2}"},
                {"NORM": {"IN": ["dane", "danych"]}}])
    m.add("b", [{"NORM": {"REGEX": r"^(?:\w*abmeld\w*)$"}}])
    m.add("c", [{"NORM": "not"}, {"NORM": "x", "OP": "?"}, {"NORM": "delete"}])
    words = ["prosze", "usunac", "moje", "dane", "newsletterabmeldung", "not", "delete"]
    assert sorted(m(words)) == [("a", 1, 4), ("b", 4, 5), ("c", 5, 7)]
    with pytest.raises(ValueError):
        m.add("d", [{"OP": "{0,3}"}, {"NORM": "x"}])


def test_evidence_names_the_rule(clf) -> None:
    got = classify(clf, "Bitte löschen Sie alle meine Daten.")
    assert any(e.startswith("pattern:erasure:de:") for e in got.evidence)
    got = classify(clf, "Out of office until Monday.", headers={"auto-submitted": "auto-replied"})
    assert "header:auto-submitted" in got.evidence


@pytest.mark.parametrize(("body", "intents"), [
    # a negated "want" reaches into its that-clause
    ("Ich möchte nicht, dass mein Konto gelöscht wird, nur die Werbeanrufe sollen aufhören.",
     ["unsubscribe"]),
    ("Je ne veux pas que mon compte soit supprimé, arrêtez juste les SMS publicitaires.",
     ["unsubscribe"]),
    ("Merci de ne plus me solliciter. Je ne souhaite pas pour autant que mon compte soit "
     "supprimé.", ["unsubscribe"]),
    # deciding later whether to close the account is no erasure request
    ("Ich möchte sehen, was Sie über mich gespeichert haben. Dann entscheide ich, ob ich "
     "das Konto schließe.", ["access"]),
    # everything but the account
    ("oi, quero cancelar email, sms e catálogo. a conta deixa ativa que ainda vou usar o "
     "vale-presente", ["unsubscribe"]),
])
def test_no_erasure_where_the_account_is_kept(clf, body, intents) -> None:
    got = classify(clf, body)
    assert sorted(got.intents) == intents, got.evidence


@pytest.mark.parametrize("body, unsubscribe", [
    ("I asked you in March to close my account and I still get letters from you. "
     "That is not acceptable. Delete everything you hold about me now.", False),
    ("Ich habe im März um die Löschung meines Kontos gebeten und bekomme immer noch "
     "Briefe von Ihnen. Löschen Sie jetzt alle meine Daten.", False),
    ("I asked you in March to close my account and I still get your newsletter. Stop "
     "the newsletter and delete everything you hold about me.", True),
])
def test_still_receiving_mail_chases_the_erasure_not_an_unsubscribe(clf, body, unsubscribe
                                                                     ) -> None:
    got = classify(clf, body)
    assert "erasure" in got.intents
    assert ("unsubscribe" in got.intents) is unsubscribe, got


@pytest.mark.parametrize("body", [
    "Je m'oppose au profilage de mes achats à des fins publicitaires. Merci d'en tenir compte.",
    "Ich widerspreche dem Profiling meiner Einkäufe. Bitte tragen Sie dem Rechnung.",
    "Me opongo a la elaboración de perfiles con mis compras. Tengan en cuenta mi decisión.",
    "Mi oppongo alla profilazione dei miei acquisti. Vi prego di tenerne conto.",
    "Ik maak bezwaar tegen profilering van mijn aankopen. Graag hier rekening mee houden.",
    "Oponho-me à criação de perfis com as minhas compras. Peço que tenham isto em conta.",
    "Sprzeciwiam się profilowaniu moich zakupów. Proszę wziąć to pod uwagę.",
])
def test_taking_into_account_is_no_rectification(clf, body) -> None:
    # "tenir compte", "Rechnung tragen", "tener en cuenta" ...: no account, no invoice
    got = classify(clf, body)
    assert sorted(got.intents) == ["objection"], got.evidence


@pytest.mark.parametrize(("body", "intents"), [
    ("You sent my invoice, with my address on it, to a stranger. How is that possible?",
     ["complaint"]),
    ("Any news on my deletion request from 3 March? I have heard nothing since.",
     ["complaint", "erasure"]),
    ("Votre confirmation de commande avec mon adresse a été envoyée à une autre cliente. "
     "Je veux savoir ce que vous allez faire.", ["complaint"]),
    ("Gibt es schon Neuigkeiten zu meinem Löschantrag vom 3. März? Ich habe nichts gehört.",
     ["complaint", "erasure"]),
    # product and delivery complaints are not about data
    ("Réclamation : la livraison a eu trois semaines de retard, c'est inadmissible.",
     ["other"]),
    ("Beschwerde: Das Sofa kam beschädigt an und niemand meldet sich. Das ist eine "
     "Frechheit.", ["other"]),
])
def test_privacy_grievances_are_complaints(clf, body, intents) -> None:
    got = classify(clf, body)
    assert sorted(got.intents) == intents, got.evidence


def test_a_deadline_in_a_first_request_is_no_complaint(clf) -> None:
    # "one month" and the right to complain in a first request are boilerplate
    got = classify(clf, "I request a copy of my personal data under Article 15. If you do "
                   "not reply within one month I reserve the right to complain to the ICO.")
    assert "access" in got.intents and "complaint" not in got.intents, got.evidence


@pytest.mark.parametrize("body", [
    "I deleted your email with the return label by mistake, can you send it again?",
    "Ik heb uw mail met het retourlabel gewist, kunt u hem nog een keer sturen?",
])
def test_a_deleted_email_is_no_erasure(clf, body) -> None:
    got = classify(clf, body)
    assert "erasure" not in got.intents, got.evidence


@pytest.mark.parametrize("body", [
    "Please stop the newsletter, but keep my account, I still use it for my orders.",
    "oi, quero cancelar email e sms. a conta deixa ativa que ainda vou usar o vale-presente",
    "Proszę o wypisanie z newslettera. Konto zostawcie, nadal używam go do zamówień.",
    "Dejad de mandarme publicidad, pero la cuenta la sigo usando, todavía uso mis puntos.",
])
def test_still_using_the_account_is_no_complaint(clf, body) -> None:
    # "still being used" chases an erasure; the person still using the account does not
    got = classify(clf, body)
    assert got.intents == ("unsubscribe",), got.evidence


def test_the_batched_bag_of_words_scores_as_spacy_itself(clf) -> None:
    """`TrainedModel.predict` reads the bag-of-words layers directly, one bag per batch;
    it must give what spaCy's own `model.predict` gives, or fall back to it."""
    from classifiers.features import feature_words
    from classifiers.model import (
        Hashed,
        bag_of_words,
        bow_layers,
        bow_scores,
        scores,
        textcat,
        word_keys,
    )

    mails = [MailInput(subject=s, body=b) for s, b in (
        ("Unsubscribe", ""),
        ("", "Please delete my account and all my data. Do not send me any more texts."),
        ("Auskunft", "Bitte senden Sie mir eine Kopie meiner Daten nach Art. 15 DSGVO."),
        ("", ""),
        ("Re: commande", "Où en est ma commande ? Merci, merci, merci."),
    )]
    settings = clf.model.settings
    words = [feature_words(d, settings.markers, tuple(settings.stems))
             for d in clf.rules.docs(mails)]
    for name in ("intents", "kind"):
        comp = textcat(clf.model.nlp, name)
        assert bow_layers(comp) is not None  # the committed model takes the fast path
        fast = bow_scores(comp, bag_of_words(*word_keys(words)))
        spacy_own = scores(comp, [Hashed(w) for w in words])
        for a, b in zip(fast, spacy_own, strict=True):
            assert a.keys() == b.keys()
            assert all(abs(a[k] - b[k]) < 1e-6 for k in a), (name, a, b)


def test_a_code_or_an_order_number_is_one_feature_whatever_its_digits(clf) -> None:
    """Which digits a one-time code holds must not sway the model: every number of three
    digits or more is one feature word; article numbers keep their own."""
    from classifiers.features import NUMBER, words

    docs = clf.rules.docs([
        MailInput(subject="Re: confirm", body=f"Yes please, {code}", sender="jo@example.com")
        for code in ("1234 5678", "9081-2270", "0000 0001")])
    assert len({tuple(words(d)) for d in docs}) == 1
    assert words(docs[0]).count(NUMBER) == 2
    (art,) = clf.rules.docs([MailInput(body="Kopie nach Art. 15 DSGVO, Bestellung 20931",
                                       sender="jo@example.com")])
    assert "15" in words(art) and NUMBER in words(art) and "20931" not in words(art)


# --- round 6: shared rule gaps the second blind split showed ----------------------------

def rule_intents(clf, body: str, subject: str = "") -> tuple[str, ...]:
    """The rules' own intents (before the trained model has its say)."""
    from classifiers.findings import findings

    doc = clf.rules.docs([MailInput(subject=subject, body=body, sender="jo@example.com")])[0]
    return tuple(sorted(findings(doc).intents or ()))


@pytest.mark.parametrize("token", ["verkauf)\\w*", "[on", "file]", "(do|can)", "{3}"])
def test_a_space_inside_a_token_is_refused_at_load(token) -> None:
    """A space inside "~(a|b c)", "[on file]" or "(a|b){3}" splits one token in two, and
    the halves can never match: refused at load, like a hyphenated word."""
    from classifiers.patterns import compile_token

    with pytest.raises(ValueError, match="space split"):
        compile_token(token)


@pytest.mark.parametrize("body, intents", [
    ("Ich möchte mich NICHT vom Newsletter abmelden, das habe ich längst selbst erledigt. "
     "Bitte löschen Sie mein Kundenkonto.", ("erasure",)),
    ("Ich möchte keine Werbung mehr bekommen.", ("unsubscribe",)),
    ("Ich möchte keinen Newsletter mehr, bitte abmelden.", ("unsubscribe",)),
])
def test_a_negation_inside_a_pattern_belongs_to_the_verb_after_it(clf, body, intents) -> None:
    """ "möchte mich nicht vom Newsletter abmelden": the "nicht" the pattern "möchte nicht
    ... Newsletter" holds negates the verb right after it, so neither is a stop."""
    assert rule_intents(clf, body) == intents


@pytest.mark.parametrize("body", [
    "my postcode is wrong on ur system its PL4 8AA not PL4 8AB pls fix",
    "Meine PLZ ist 80331 nicht 80313, bitte korrigieren.",
])
def test_a_negation_before_a_number_contrasts_two_values(clf, body) -> None:
    assert rule_intents(clf, body) == ("rectification",)


@pytest.mark.parametrize("body, erasure", [
    ("First tell me what you've got on me, then delete it. All of it.", True),
    ("Where did you get this address from? Delete it and don't email me again.", True),
    ("Woher haben Sie meine Nummer? Löschen Sie sie und rufen Sie mich nie wieder an.", True),
    ("Where did you get my number? Please do not delete it yet, I want to see it first.", False),
    ("I deleted your email with my voucher code, can you send it again?", False),
    ("Thanks for the invoice. I will print it and then delete it.", False),
])
def test_delete_it_after_a_data_question_is_erasure(clf, body, erasure) -> None:
    """An erasure whose object is a pronoun counts where an earlier cue asks about or names
    the sender's data."""
    assert ("erasure" in rule_intents(clf, body)) is erasure


def test_a_long_story_with_a_stop_request_keeps_its_unsubscribe(clf) -> None:
    """The bag of words, which hears the story, does not veto a direct stop request in a
    long message (its unsubscribe score there is ~0 whatever the request)."""
    story = ("We bought the Ashdown floor lamp in 2022 when we moved into our flat in Leith "
             "and it is still the best thing in the living room. My partner wanted to return "
             "it at first because of the colour but it grew on her. Since then we have moved "
             "again, from Edinburgh to Perth, long story, and the lamp survived two moves, "
             "which is more than I can say for our bookcase or the kitchen chairs. ") * 2
    body = story + ("Anyway, your newsletter comes every day now and it is too much. Could "
                    "you take me off it? I will come back when I need something.")
    # a model deaf to the stop (round 13's scored it ~0) does not veto the rules' reading
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    deaf = Prediction(intents={i: 0.0 for i in INTENTS} | {"other": 1.0}, kind={"human": 1.0})
    assert decide_intents(doc, deaf, clf.model.settings)[0] == ["unsubscribe"]
    got = classify(clf, body)
    assert "unsubscribe" in got.intents and got.channels == ("email",), got.evidence
    # the story (moves, "take me off") may sound like an erasure to the bag of words (round
    # 15's model: 0.62 against its threshold 0.6); a person looks before anything is
    # deleted. A guard dropping such erasures would have cost 5 true ones in the training
    # mail and saved none (MODEL.md, round 15)
    assert set(got.intents) <= {"unsubscribe", "erasure"}, got.intents
    assert "erasure" not in got.intents or got.needs_review, got


@pytest.mark.parametrize("body, intents", [
    ("Statt des gedruckten Katalogs hätte ich die Angebote lieber per E-Mail.",
     ("subscribe", "unsubscribe")),
    ("I'd rather get the catalogue by post twice a year than all these emails.",
     ("subscribe", "unsubscribe")),
    ("Bitte stellen Sie den Versand des Katalogs an meine verstorbene Mutter ein.",
     ("unsubscribe",)),
    ("Hallo, bitte melden Sie mich davon ab.", ("unsubscribe",)),
])
def test_channel_switches_and_stops_en_de(clf, body, intents) -> None:
    assert rule_intents(clf, body) == intents


@pytest.mark.parametrize("body", [
    "Bitte hören Sie auf zu erfassen, wann ich Ihre E-Mails öffne. Den Newsletter lese ich gern.",
    "Please do not sell or share my personal information. I am opting out under the CCPA.",
])
def test_stop_tracking_or_selling_is_no_unsubscribe(clf, body) -> None:
    assert rule_intents(clf, body) == ("objection",)


def test_rulecheck_measures_the_rules_and_their_channels_on_labelled_mail(clf) -> None:
    """`python -m classifiers.rulecheck`: the rules' intents against gold, and the
    channels they give an (un)subscribe handed its gold intents; misses are listed."""
    from classifiers.rulecheck import check

    rows = [
        {"subject": "", "text": "No more texts please. The emails are fine.", "kind": "human",
         "intents": ["unsubscribe"], "channels": ["sms"], "language": "en"},
        {"subject": "", "text": "When does the Nantes shop open?", "kind": "human",
         "intents": ["erasure"], "channels": [], "language": "en"},  # a wrong gold label
        {"subject": "Out of office", "text": "I am away until Monday.", "kind": "auto_reply",
         "intents": [], "channels": [], "language": "en"},
    ]
    figures, errors = check(clf, rows)
    assert figures["humans"] == 2 and figures["channel_messages"] == 1
    assert figures["channel_exact"] == 1.0
    assert figures["intents"]["unsubscribe"] == {
        "precision": 1.0, "recall": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert figures["intents"]["erasure"]["fn"] == 1
    assert [e["text"] for e in errors] == ["When does the Nantes shop open?"]


@pytest.mark.parametrize("body, intents", [
    # the deletion a restriction declines or puts off is no erasure request
    ("I haven't decided yet whether to have my account deleted, I may still need the "
     "receipts for my tax return. Until I make up my mind, please don't use my data for "
     "anything, just keep it.", ["restriction"]),
    ("Je pensais vous demander d'effacer toutes mes données, mais j'ai encore la garantie "
     "du lave-vaisselle. Alors ne supprimez rien, limitez simplement l'utilisation de mes "
     "données à la garantie.", ["restriction"]),
    ("Stavo per chiedervi di cancellare il mio account, ma mi servono ancora le fatture. "
     "Per ora limitate il trattamento dei miei dati alla sola conservazione.",
     ["restriction"]),
    # erasure asked, and restriction until it is done: both
    ("Please erase all the personal data you hold about me under Article 17 GDPR. Until "
     "the erasure is complete, restrict any processing of my data under Article 18.",
     ["erasure", "restriction"]),
])
def test_a_restriction_instead_of_erasure_is_no_erasure(clf, body, intents) -> None:
    got = classify(clf, body)
    assert sorted(got.intents) == intents, (got.scores, got.evidence)


@pytest.mark.parametrize("body, intents", [
    # "stop contacting me" in its many words is a stop on every channel (labels.md)
    ("Löschen Sie alle meine Daten und kontaktieren Sie mich nie wieder.",
     ["erasure", "unsubscribe"]),
    ("Bitte melden Sie sich nie wieder bei mir.", ["unsubscribe"]),
    ("Verwijder al mijn gegevens uit jullie systemen en neem op geen enkele manier meer "
     "contact met mij op.", ["erasure", "unsubscribe"]),
    ("Ik wil dat jullie alles wissen en nooit meer contact met me opnemen.",
     ["erasure", "unsubscribe"]),
    ("I never want to hear from you again.", ["unsubscribe"]),
    ("Non voglio più sentir parlare di voi.", ["unsubscribe"]),
    ("Nie chcę o Was więcej słyszeć.", ["unsubscribe"]),
    ("Zostawcie mnie wreszcie w spokoju.", ["unsubscribe"]),
    ("Não quero ouvir falar de vocês nunca mais.", ["unsubscribe"]),
    ("Je ne veux plus entendre parler de vous.", ["unsubscribe"]),
    # a negation after one held by the pattern reinforces it ("ne … plus jamais")
    ("Supprimez toutes mes données et ne me contactez plus jamais.",
     ["erasure", "unsubscribe"]),
])
def test_never_contact_me_again_is_a_stop_on_every_channel(clf, body, intents) -> None:
    got = classify(clf, body)
    assert (sorted(got.intents), sorted(got.channels)) == (
        intents, ["email", "phone", "post", "sms"]), got.evidence


@pytest.mark.parametrize("body, intents, channels", [
    ("Bitte stellen Sie jeglichen Kontakt ein und löschen Sie das Konto meiner Mutter.",
     ["erasure", "unsubscribe"], ["email", "phone", "post", "sms"]),
    ("I never want to hear from your company again.", ["unsubscribe"],
     ["email", "phone", "post", "sms"]),
    ("I get your paper magazine every month in my post box. Please can you stop to send "
     "it?", ["unsubscribe"], ["post"]),
    # a reminder that the erasure we reported was not done: complaint + the erasure it
    # chases (labels.md), and the stop (round 32's model reads the complaint too)
    ("Vous aviez dit que tout était supprimé. Supprimez vraiment mes données cette fois, et "
     "plus aucun SMS.", ["complaint", "erasure", "unsubscribe"], ["sms"]),
])
def test_more_ways_to_say_stop(clf, body, intents, channels) -> None:
    got = classify(clf, body)
    assert (sorted(got.intents), sorted(got.channels)) == (intents, channels), got.evidence


@pytest.mark.parametrize("body, channels", [
    # giving consent is a sign-up: the bag of words alone heard "marketing" + a channel
    # and said stop
    ("Ich bin mit Werbung per E-Mail einverstanden.", ["email"]),
    ("Acepto recibir publicidad por SMS.", ["sms"]),
    ("Aceito receber publicidade por SMS.", ["sms"]),
    ("Zgadzam się na wszelkie informacje marketingowe, jakie wysyłacie.",
     ["email", "phone", "post", "sms"]),
])
def test_giving_consent_is_a_sign_up(clf, body, channels) -> None:
    got = classify(clf, body)
    assert (list(got.intents), sorted(got.channels)) == (["subscribe"], channels), (
        got.scores, got.evidence)


@pytest.mark.parametrize("body", [
    "I withdraw my consent to receive marketing emails.",
    "Nie zgadzam się na przekazywanie moich danych partnerom reklamowym.",
    "Não autorizo o envio de publicidade de qualquer tipo.",
])
def test_refused_or_withdrawn_consent_is_no_sign_up(clf, body) -> None:
    assert "subscribe" not in rule_intents(clf, body)


@pytest.mark.parametrize("body", [
    # the bag of words and the rules hear an erasure; the sender says not to delete,
    # cancels a deletion or reports one: a person looks before anything is erased
    "Please cancel my erasure request from last week: do not delete my account or my data, "
    "I have changed my mind.",
    "Olá, alguém do SAC abriu por engano um pedido para apagar a minha conta e os meus dados. "
    "Não quero apagar nada! Cancelem esse pedido de exclusão, por favor.",
    "Prosiłam tylko o usunięcie numeru telefonu z mojego konta. Usunęliście całe konto i "
    "wszystkie moje dane razem z punktami. Oczekuję wyjaśnienia.",
    "Ich hatte nur um die Löschung meiner alten Adresse gebeten, aber Sie haben mein ganzes "
    "Kundenkonto mit allen Daten gelöscht. Das ist inakzeptabel.",
])
def test_no_erasure_is_acted_on_unreviewed_where_the_sender_says_keep(clf, body) -> None:
    got = classify(clf, body)
    assert "erasure" not in got.intents or got.needs_review, (got.scores, got.evidence)


def test_a_plain_erasure_request_is_still_acted_on(clf) -> None:
    got = classify(clf, "Please delete my account and all the personal data you hold about "
                        "me under Article 17 GDPR.")
    assert (list(got.intents), got.needs_review) == (["erasure"], False)


@pytest.mark.parametrize("body, channels", [
    # round 13: stops the rules did not hear on the fourteenth to seventeenth splits
    ("Where did you get my mobile number from? And please don't ring it again.", ["phone"]),
    ("ey woher habt ihr überhaupt meine nummer?? hört auf mit den sms", ["sms"]),
    ("Buenas, ya no me hace falta que me enviéis el catálogo a casa, lo miro todo en la app.",
     ["post"]),
    ("Nous avons déménagé. Par contre, inutile de nous envoyer le gros catalogue à la "
     "nouvelle adresse.", ["post"]),
    ("Non voglio più sentirvi. Ho comprato un divano da voi due anni fa.", ALL),
    ("Ik wil nooit meer door jullie, of door wie dan ook namens jullie, benaderd worden.", ALL),
    ("Ik heb geen behoefte aan die telefoontjes over acties op matrassen.", ["phone"]),
    ("Nie jestem już Waszym klientem i nie życzę sobie żadnego kontaktu z Waszej strony.", ALL),
    ("Wnoszę sprzeciw wobec wykorzystywania mojego numeru telefonu do telemarketingu.",
     ["phone"]),
    ("Solicitamos gentilmente a exclusão deste endereço da mala direta.", ["email"]),
    ("Exijo que apaguem os meus dados e que parem imediatamente com os emails.", ["email"]),
    ("As mensagens no telemóvel são invasivas. Podem desligar as SMS, por favor?", ["sms"]),
    ("Já não quero o cartão Carerra nem receber seja o que for da vossa parte.", ALL),
    # round 13, part 2: stops the rules did not hear on the eighteenth and nineteenth splits
    ("Guten Tag, ich bin umgezogen. Und Ihren Katalog möchte ich an die neue Adresse bitte "
     "nicht mehr haben.", ["post"]),
    ("hallo ich bin irgendwie in euren whatsapp kanal mit den angeboten reingerutscht. "
     "konnt ihr mich da bitte wieder rausnehmen??", ["sms"]),
    ("Los SMS de ofertas me agobian un poco, prefiero no recibirlos.", ["sms"]),
    ("Vorrei sapere da dove avete preso il mio numero. E ovviamente non richiamatemi.",
     ["phone"]),
    ("oi para de me manda msg no celular todo dia pf", ["sms"]),
    ("Et en attendant, plus aucun mail ni sms svp.", ["email", "sms"]),
])
def test_round13_stops_are_heard_by_the_rules(clf, body, channels) -> None:
    assert "unsubscribe" in rule_intents(clf, body)
    got = classify(clf, body)
    assert ("unsubscribe" in got.intents, sorted(got.channels)) == (True, channels), (
        got.intents, got.scores, got.evidence)


def test_a_french_unnecessary_catalogue_is_no_sign_up(clf) -> None:
    # "inutile de nous envoyer le catalogue" was read as asking for it
    body = "Par contre, inutile de nous envoyer le gros catalogue à la nouvelle adresse."
    assert "subscribe" not in rule_intents(clf, body)


def test_cctv_footage_kept_before_it_is_erased_is_no_erasure(clf) -> None:
    body = ("Quero uma cópia das imagens das câmaras em que apareço nesse período, antes que "
            "sejam apagadas.")
    assert rule_intents(clf, body) == ("access",)


@pytest.mark.parametrize("body, intent, channels", [
    # round 14: requests the rules did not hear, or heard without their channel, on the
    # twentieth and twenty-first splits
    ("Già che ci siete, il catalogo cartaceo non mandatemelo più, né al vecchio né al "
     "nuovo indirizzo.", "unsubscribe", ["post"]),
    ("Chiudete pure il mio account. E per favore bloccate subito l'invio del catalogo: "
     "nella mia vecchia casa andranno a vivere altre persone.", "unsubscribe", ["post"]),
    ("Please stop sending catalogues to him and stop telephoning him.", "unsubscribe",
     ["phone", "post"]),
    ("PRZESTAŃCIE DO MNIE WYDZWANIAĆ I WYSYŁAĆ SMSY!!! NIE INTERESUJĄ MNIE WASZE PROMOCJE.",
     "unsubscribe", ["phone", "sms"]),
    ("Kunnen jullie die sms'jes stopzetten? Maar de nieuwsbrief per mail wil ik juist wél "
     "graag, ik sta daar blijkbaar niet op.", "subscribe", ["email", "sms"]),
    # round 15: requests the rules did not hear, or heard with the wrong channels, on the
    # twenty-second split
    ("Bom dia. Gostaria que excluíssem meu cadastro do site e parassem de me mandar "
     "e-mails.", "unsubscribe", ["email"]),
    ("Hoje recebo as ofertas por SMS e acho chato. Dá pra parar os SMS e me cadastrar pra "
     "receber tudo por e-mail?", "unsubscribe", ["email", "sms"]),
    ("Mais informo que retiro, com efeitos imediatos, todo e qualquer consentimento que "
     "vos tenha prestado.", "unsubscribe", ALL),
    ("Só quero parar de receber a newsletter, chega quase todo dia e lota minha caixa de "
     "entrada.", "unsubscribe", ["email"]),
    ("Please take this email as formal notice that I object, under Article 21(2) of the "
     "GDPR, to the processing of my personal data for the purposes of direct marketing.",
     "unsubscribe", ALL),
    ("Die Prospekte lese ich ja. Die Werbemails können Sie sich bei der Gelegenheit aber "
     "gleich sparen.", "unsubscribe", ["email"]),
    ("I've been rung at teatime four nights running. Please stop this marketing.",
     "unsubscribe", ["phone"]),
    # ... and "so that the texts no longer arrive" is still a stop, not one told as done
    ("Salve, cancellate il mio numero di cellulare dal mio profilo, così non mi arrivano "
     "più gli SMS pubblicitari.", "unsubscribe", ["sms"]),
    # round 16: stops the rules did not hear, or heard without their channel, on the
    # twenty-third split
    ("Les pido que no me llamen más por teléfono a casa. Y tampoco me manden más cartas "
     "con ofertas, que ya no veo bien para leerlas.", "unsubscribe", ["phone", "post"]),
    ("Dopo vent'anni da cliente ho deciso di non mettere più piede nei vostri negozi. Non "
     "voglio più essere contattato da voi, in nessun modo.", "unsubscribe", ALL),
    ("Prefiro receber o vosso catálogo em papel em casa em vez dos emails, que nunca abro.",
     "unsubscribe", ["email", "post"]),
    ("Graag mijn nieuwe nummer aanpassen. Maar niet bellen met aanbiedingen hè, daar zit "
     "ik niet op te wachten.", "unsubscribe", ["phone"]),
    # round 17: the twenty-fourth split
    ("Die dikke papieren gids die elke maand in de bus valt hoeft ook niet meer.",
     "unsubscribe", ["post"]),
    # round 18: the twenty-fifth split
    ("Il catalogo però non mandatelo più, tanto guardo tutto sul sito.", "unsubscribe",
     ["post"]),
    ("Od kilku tygodni ktoś od Państwa dzwoni do mojej mamy z ofertami. Proszę, żeby te "
     "telefony ustały.", "unsubscribe", ["phone"]),
    ("Ich bitte Sie dringend, meinen Vater weder telefonisch noch per Post weiter zu "
     "bewerben.", "unsubscribe", ["phone", "post"]),
    ("Lo único que me sirve son los SMS con los cupones. Los correos electrónicos y el "
     "catálogo en papel, en cambio, no los quiero.", "unsubscribe", ["email", "post"]),
    ("SMS-y od Was mnie denerwują, bo przychodzą w pracy, więc proszę je wyłączyć. Za to "
     "chętnie będę dostawać newsletter mailem.", "unsubscribe", ["email", "sms"]),
    # rounds 19 and 20: the twenty-sixth and twenty-seventh splits
    ("Ich möchte von Ihnen nie wieder etwas hören. Keine Mails, kein gar nichts. Punkt.",
     "unsubscribe", ALL),
    ("Nie chcę już nigdy więcej mieć z Wami kontaktu. Dajcie mi po prostu spokój.",
     "unsubscribe", ALL),
    ("Die dikke papieren catalogus kunt u voortaan laten zitten, die gaat bij ons "
     "rechtstreeks bij het oud papier.", "unsubscribe", ["post"]),
    ("hou nou eens op met die sms en dat gebel elke week. geen interesse meer.",
     "unsubscribe", ["phone", "sms"]),
    # round 21: the twenty-eighth split
    ("After the way your store treated my son on Saturday I never want to hear from any of "
     "you again.", "unsubscribe", ALL),
    ("Non voglio più avere notizie da voi. Né adesso né mai.", "unsubscribe", ALL),
    ("Nie chcę już nigdy więcej o Was słyszeć. Mam dość.", "unsubscribe", ALL),
    ("Ce qui me dérange, ce sont les appels de votre service commercial. Merci de me mettre "
     "sur liste rouge chez vous pour le téléphone.", "unsubscribe", ["phone"]),
    # round 22: the twenty-ninth split and dev
    ("Ich bekomme seit zwei Wochen SMS von Carerra. Die SMS hören bitte ab sofort auf.",
     "unsubscribe", ["sms"]),
    ("Les agradecería que dejasen de enviar correspondencia a su nombre.", "unsubscribe",
     ["post"]),
    ("Supprimez mon compte et toutes mes données, et plus aucune pub d'aucune sorte. Merci.",
     "unsubscribe", ALL),
    ("Die catalogus hoeft trouwens niet mee te verhuizen, die mag je voortaan achterwege "
     "laten.", "unsubscribe", ["post"]),
    ("Er komen nog steeds catalogi op haar naam binnen. Willen jullie dat stopzetten?",
     "unsubscribe", ["post"]),
    ("wzywam Carerra Holdings do zaprzestania kierowania do Mocodawczyni jakichkolwiek "
     "komunikatów o charakterze handlowym i marketingowym.", "unsubscribe", ALL),
    ("Nie chcę więcej słyszeć o Carerze w żadnej formie.", "unsubscribe", ALL),
    ("Hello, I want not receive more the publicity messages on my mobile phone from your "
     "shop.", "unsubscribe", ["sms"]),
    # round 23: the thirtieth and thirty-first splits
    ("Den Newsletter lese ich wirklich gern. Aber die SMS kommen mir zu oft. Könnt ihr die "
     "bei mir abstellen?", "unsubscribe", ["sms"]),
    ("Ich will von Ihrer Firma nie wieder irgendwas hören. Nicht per Mail, nicht per Brief, "
     "gar nicht.", "unsubscribe", ALL),
    ("Aggiornatelo per le consegne, però il catalogo di carta al nuovo indirizzo non "
     "mandatelo, grazie.", "unsubscribe", ["post"]),
    ("Vi chiedo di non contattarmi più per nessuna ragione commerciale, né per telefono né "
     "per posta né in nessun altro modo.", "unsubscribe", ALL),
    ("newsletter czytam i niech przychodzi dalej, ale SMS-y proszę wyłączyć.", "unsubscribe",
     ["sms"]),
    ("Nie chcę już nigdy nic od Was usłyszeć.", "unsubscribe", ALL),
    ("Vocês estão me mandando spam todo dia. Chega!! Não autorizei receber isso no meu "
     "e-mail corporativo.", "unsubscribe", ["email"]),
    ("No quiero volver a tener noticias vuestras. Ni una más. Por ningún lado.",
     "unsubscribe", ALL),
    # round 24: the thirty-second and thirty-third splits
    ("Werbe-SMS möchte ich an die neue Nummer aber bitte nicht bekommen, nur die "
     "Nachrichten zu meinen Bestellungen.", "unsubscribe", ["sms"]),
    ("Could you please close her account and remove her details, and make sure the "
     "catalogues stop?", "unsubscribe", ["post"]),
    ("Ik heb per ongeluk het vakje aangevinkt dat jullie me mogen bellen met aanbiedingen. "
     "Dat was niet de bedoeling. Kunnen jullie dat uitzetten?", "unsubscribe", ["phone"]),
    ("De mails met aanbiedingen zijn prima, die blijf ik graag krijgen, maar de papieren "
     "catalogus mag wat mij betreft weg.", "unsubscribe", ["post"]),
    ("SMS-ów z promocjami już nie chcę, proszę mnie z nich wypisać. Maile mogą zostać.",
     "unsubscribe", ["sms"]),
    ("Quanto ao catálogo, aproveito para dizer que não precisam de o mandar mais, nem para "
     "a morada certa.", "unsubscribe", ["post"]),
    # round 25: the thirty-fourth and thirty-fifth splits
    ("Dieser Auswertung widerspreche ich. Den Newsletter selbst bestellen Sie bitte auch "
     "gleich ab, ich lese ihn ohnehin nicht.", "unsubscribe", ["email"]),
    ("Über euren WhatsApp-Kanal kommt fast jeden Tag was. Bitte nehmt meine Nummer da raus.",
     "unsubscribe", ["sms"]),
    ("Mein Kundenkonto bitte aktualisieren. Aber bitte nicht für Werbeanrufe verwenden.",
     "unsubscribe", ["phone"]),
    ("I actually like the Sunday newsletter, please keep that coming. But the text messages "
     "have to go.", "unsubscribe", ["sms"]),
    ("Please change my address. And please DON'T start sending the catalogue to the new "
     "house.", "unsubscribe", ["post"]),
    ("El de decoración me encanta y quiero seguir recibiéndolo. El boletín de moda, "
     "quitádmelo por favor.", "unsubscribe", ["email"]),
    ("Willen jullie mijn nummer aanpassen? Ik wil op dat nummer geen verkoopgesprekken.",
     "unsubscribe", ["phone"]),
    ("Por medio del presente correo me opongo al tratamiento de mis datos con fines de "
     "mercadotecnia directa.", "unsubscribe", ALL),
    # round 26: the thirty-sixth and thirty-seventh splits
    ("HÖREN SIE ENDLICH AUF, MIR JEDEN MORGEN UM 7 UHR IHRE ANGEBOTE AUFS HANDY ZU "
     "SCHICKEN!!!", "unsubscribe", ["sms"]),
    ("Please update my account. And please don't ring me with offers any more.",
     "unsubscribe", ["phone"]),
    ("Je souhaite fermer mon compte. Inutile de me garder dans la newsletter non plus.",
     "unsubscribe", ["email"]),
    ("nè email nè sms, non mi interessa nessuna offerta.", "unsubscribe", ["email", "sms"]),
    ("De catalogus zelf mag u eerlijk gezegd wel schrappen, die belandt toch bij het oud "
     "papier.", "unsubscribe", ["post"]),
    ("usuńcie mnie ze wszystkiego: konto, karta, newsletter, co tam jeszcze macie.",
     "unsubscribe", ["email"]),
    # round 27: the thirty-eighth and thirty-ninth splits ("nothing" closing a list of
    # channels is every channel)
    ("Je ne veux plus jamais avoir de vos nouvelles. Ni mail, ni texto, ni coup de fil, "
     "rien. Basta.", "unsubscribe", ALL),
    ("Chiudete il mio account e non mandatemi più niente, né mail né messaggi né niente.",
     "unsubscribe", ALL),
    ("IK WIL NOOIT MEER IETS VAN CARERRA ONTVANGEN, GEEN MAIL GEEN SMS GEEN FOLDERS NIKS.",
     "unsubscribe", ALL),
    ("Nie chcę od Was żadnej reklamy. Ani maili, ani telefonów, ani gazetek, nic. Dajcie mi "
     "spokój.", "unsubscribe", ALL),
    ("Bitte korrigieren Sie die Anrede. Den Katalog brauche ich eigentlich gar nicht, den "
     "können Sie sich künftig sparen.", "unsubscribe", ["post"]),
    ("Preferiría las ofertas por correo electrónico en vez de por SMS. ¿Me quitáis de los SMS "
     "y me apuntáis a la newsletter con este email?", "unsubscribe", ["email", "sms"]),
    ("Continuano ad arrivare i vostri cataloghi intestati a lei. Vi chiedo di interrompere "
     "queste spedizioni.", "unsubscribe", ["post"]),
    ("Mio padre ha 87 anni. Vi chiedo di non telefonargli più e di non spedirgli più "
     "materiale pubblicitario.", "unsubscribe", ["phone", "post"]),
    ("Proszę o zaprzestanie wysyłania jej katalogów i o niedzwonienie do niej.",
     "unsubscribe", ["phone", "post"]),
    ("De catalogus mag blijven komen. Maar de mails en die telefoontjes van jullie "
     "verkoopafdeling wil ik niet meer.", "unsubscribe", ["email", "phone"]),
    ("Maili nie czytam, więc wolę, żeby ktoś zadzwonił, jak będą wyprzedaże — zgadzam się na "
     "kontakt telefoniczny w sprawie ofert.", "subscribe", ["phone"]),
])
def test_requests_of_rounds_14_to_27_are_heard_with_their_channels(clf, body, intent,
                                                                   channels) -> None:
    assert intent in rule_intents(clf, body)
    got = classify(clf, body)
    assert (intent in got.intents, sorted(got.channels)) == (True, channels), (
        got.intents, got.evidence)


@pytest.mark.parametrize("body, channels", [
    # round 14: a channel kept, a device, or how the sender wrote before is no channel of
    # the stop
    ("Quick one. I actually like the Thursday email – it's the only way I ever find out "
     "when the sale is on – so please leave that alone. What I can't stand is the text "
     "messages landing at 7.15 in the morning. Can you switch those off?", ["sms"]),
    ("Ihren Newsletter lese ich gern, der darf auch gern weiter kommen. Aber die SMS mit den "
     "Tagesangeboten sind mir echt zu viel. Die bitte abstellen.", ["sms"]),
    ("Uw nieuwsbrief lees ik met plezier, die mag blijven. Maar de sms'jes met acties zijn "
     "me te veel. Die hoeven niet meer.", ["sms"]),
    ("La newsletter continuate pure a mandarmela, ma gli SMS non mandatemeli più.", ["sms"]),
    ("A katalogu papierowego w ogóle mi już nie wysyłajcie, i tak wszystko przeglądam w "
     "telefonie.", ["post"]),
    ("Les liens sont minuscules sur téléphone : merci d'arrêter les SMS promotionnels.",
     ["sms"]),
    ("W sierpniu wypisałam się z SMS-ów (potwierdzenie dostałam mailem). Wypiszcie mnie "
     "w końcu skutecznie z SMS-ów.", ["sms"]),
    ("Respondi STOP às vossas SMS e mandei email em outubro. Tirem o número da lista de SMS "
     "de uma vez por todas.", ["sms"]),
    # round 15: a kept newsletter, a device
    ("Ciao, la newsletter del giovedì continuate pure a mandarmela, mi piace. Però i "
     "messaggi su WhatsApp con le offerte lampo no, mi arrivano anche alle 7 di mattina. "
     "Potete togliermi da lì?", ["sms"]),
    ("Jullie catalogus belandt hier elke keer ongelezen bij het oud papier. Kunnen jullie "
     "me van de verzendlijst halen? De mails lees ik wel, die mogen blijven komen.",
     ["post"]),
    ("Piszę w imieniu mojej mamy. Na jej telefon, który teraz mam ja, nadal przychodzą od "
     "Państwa SMS-y z promocjami – proszę je wyłączyć.", ["sms"]),
    # round 18: the phone that buzzes with texts, a phone case bought, is no call
    ("raga basta mandarmi messaggi cn gli sconti ogni giorno, mi esplode il telefono 😭 "
     "toglietemi", ["sms"]),
    ("prosze nie wysylac mi juz smsow z promocjami bo telefon mi pika co chwile a ja w pracy",
     ["sms"]),
    ("yo kan je me van die lijst halen, krijg elke dag sms van jullie en ik heb 1 keer een "
     "telefoonhoesje gekocht lol", ["sms"]),
    ("I bought one phone case from you and now I get texts every day, please stop them.",
     ["sms"]),
    # round 19: a newsletter "völlig in Ordnung", "aber gern weiter"
    ("Der E-Mail-Newsletter ist völlig in Ordnung, den lese ich sogar ganz gern. Aber die "
     "SMS mit Rabattcodes brauche ich wirklich nicht. Bitte schicken Sie mir keine "
     "Kurznachrichten mehr, den Newsletter aber gern weiter.", ["sms"]),
    # round 21: "quiero seguir recibiéndola" keeps the newsletter
    ("La newsletter de los jueves me gusta y quiero seguir recibiéndola, pero los mensajes "
     "de texto sobran. ¿Podéis quitarme solo de los SMS?", ["sms"]),
    # round 22: "c'est tout" (that's all) names no channel
    ("Par contre je reçois vos mails promo presque tous les jours, c'est trop. Je ne veux "
     "plus les recevoir, c'est tout.", ["email"]),
    # round 23: "not everything", "all that", "altogether" of an erasure, "all the time"
    # name no channel; a request's own medium, a kept channel, a device
    ("ich bekomme immer sms von ihnen mit werbung auf meine handy. Bitte nicht mehr "
     "schicken, ich verstehe nicht alles", ["sms"]),
    ("Recebo promo de vcs por sms, email e ate carta em casa. Como faço pra sair de tudo "
     "isso?", ["email", "post", "sms"]),
    ("Your catalogues still come for him every month. Would you please stop sending them, "
     "and take his name and details off your records altogether.", ["post"]),
    ("Hace un mes os pedí por este mismo correo que dejarais de llamarme. Dejad de "
     "llamarme de una vez.", ["phone"]),
    ("En nu ik toch mail: de sms'jes met aanbiedingen mogen stoppen.", ["sms"]),
    ("Por favor não mandem. Tenho três catálogos. Pela internet tudo bem, continuem a "
     "mandar as novidades por email.", ["post"]),
    ("Eu nao quero mais receber as mensagem de texto no telefone e tambem as cartas com as "
     "promocoes em casa.", ["post", "sms"]),
    ("od tygodnia dostaję od Was SMS-y. Proszę więcej nie pisać. Telefon: 697 301 642",
     ["sms"]),
    ("Please could you stop sending me the emails and the little messages on the mobile.",
     ["email", "sms"]),
    # round 25: a channel kept after a stop or in the subject line, a confirmation's
    # medium, an earlier request's medium, a device, "nothing more on it"
    ("Aber die SMS mit den Angeboten brauche ich wirklich nicht. Bitte nur die SMS stoppen, "
     "NICHT den Newsletter!", ["sms"]),
    ("I asked you to stop texting me back in July - I even got a confirmation email saying "
     "it was done. Three texts this week. Stop them.", ["sms"]),
    ("In augustus heb ik telefonisch en per mail laten weten dat ik niet meer gebeld wil "
     "worden voor aanbiedingen.", ["phone"]),
    ("Ricevo sempre messaggi nel telefono da vostro negozio. Per favore non mandate più "
     "messaggi a questo numero.", ["sms"]),
    ("Je reçois vos promos sur WhatsApp. C'est ma messagerie perso, je préfère ne plus rien "
     "recevoir de Carerra dessus.", ["sms"]),
])
def test_stops_of_rounds_14_to_25_keep_only_their_own_channels(clf, body, channels) -> None:
    got = classify(clf, body)
    assert ("unsubscribe" in got.intents, sorted(got.channels)) == (True, channels), (
        got.intents, got.evidence)


@pytest.mark.parametrize("subject, body", [
    # round 25: "Newsletter behalten", "Newsletter zostawiam" in the subject keep it
    ("SMS abbestellen, Newsletter behalten", "Den E-Mail-Newsletter lese ich gern. Aber die "
     "Angebots-SMS kommen sonntags um 7 – die bitte abstellen."),
    ("Newsletter zostawiam, SMS-y proszę wyłączyć", "Dzień dobry, przychodzą mi na telefon "
     "służbowy."),
])
def test_a_channel_the_subject_keeps_is_no_channel_of_the_stop(clf, subject, body) -> None:
    (doc,) = clf.rules.docs([MailInput(subject=subject, body=body, sender="jo@example.com")])
    assert channels_for(doc, ("unsubscribe",)) == ("sms",)


@pytest.mark.parametrize("body, intent", [
    # round 14: a stop already done, a newsletter kept — no new request
    ("Danke, hat geklappt, es kommen keine Mails mehr. Schönes Wochenende!", "unsubscribe"),
    ("Thanks for sorting that so quickly - no more texts since Tuesday. Much appreciated.",
     "unsubscribe"),
    ("Die sms'en mogen weg, maar de nieuwsbrief per mail wil ik wel graag blijven "
     "ontvangen.", "subscribe"),
    # round 15: thanks for a stop already done
    ("Gracias por darme de baja tan rápido, ya no me llegan los SMS. Un saludo.", "unsubscribe"),
    ("Grazie, confermo che non mi arrivano più le vostre email. Va bene così.", "unsubscribe"),
    ("Hoi, even een berichtje dat het gelukt is: ik krijg geen sms'jes meer van jullie.",
     "unsubscribe"),
    ("Só pra agradecer: pedi pra sair da lista de SMS semana passada e realmente parou.",
     "unsubscribe"),
    ("Vocês mandam SMS pro meu número antigo. Não quero parar de receber, só quero que "
     "mandem pro número certo.", "unsubscribe"),
    # round 16: thanks for a stop already done; an objection is no sign-up
    ("Volevo solo ringraziarvi: dopo la mia email del mese scorso non ho più ricevuto né "
     "SMS né telefonate.", "unsubscribe"),
    ("Chciałam podziękować – szybko wypisali mnie Państwo z SMS-ów i faktycznie nic więcej "
     "nie przychodzi.", "unsubscribe"),
    ("Só para agradecer: pedi há duas semanas para me tirarem da lista de SMS e de facto "
     "nunca mais recebi nada.", "unsubscribe"),
    ("Me opongo a que me envíen publicidad, sea por el medio que sea.", "subscribe"),
    # rounds 17 and 18: thanks for a stop already done
    ("Grazie, confermo che da settimana scorsa non mi arrivano più i vostri SMS.",
     "unsubscribe"),
    ("Dank jullie wel dat jullie me zo snel van de sms-lijst hebben gehaald.", "unsubscribe"),
    ("Recebi a vossa confirmação de que fui retirado da lista de SMS. Obrigado pela rapidez!",
     "unsubscribe"),
    # rounds 19 and 20: a stop done, a loyalty club left, a newsletter kept
    ("Só para agradecer: pedi na semana passada para deixar de receber SMS e desde então "
     "não recebi mais nenhum. Foram rápidos, obrigada!", "unsubscribe"),
    ("Quiero darme de baja del Carerra Club y que eliminéis mi cuenta de cliente con todos "
     "sus datos.", "unsubscribe"),
    ("Newsletter mailowy czytam chętnie i proszę go dalej wysyłać, ale SMS-y z promocjami "
     "przychodzą mi po kilka razy w tygodniu. Proszę o wyłączenie samych SMS-ów.",
     "subscribe"),
    # round 21: thanks for a stop done; "take me off only the SMS" is no sign-up
    ("Grazie mille, gentilissimi! Finalmente niente più email. Buona giornata", "unsubscribe"),
    ("Top, dank jullie wel voor de snelle afhandeling. Ik zie inderdaad geen mails meer "
     "binnenkomen.", "unsubscribe"),
    ("Muito obrigada, confirmo que já não recebi mais SMS desde a semana passada.",
     "unsubscribe"),
    ("La newsletter me gusta, pero los SMS sobran. ¿Podéis quitarme solo de los SMS?",
     "subscribe"),
    # round 22: "I do not want to leave the newsletter" keeps it
    ("Attention, je ne veux pas me désinscrire de la newsletter : je la lis et elle me "
     "convient.", "unsubscribe"),
    # round 24: thanks for a stop done, an ex-partner, a button asked about, tracking,
    # ad audiences, sharing, surveys, leaving the shop
    ("Vielen Dank, hat geklappt – seit Ihrer Bestätigung kommen keine SMS mehr.",
     "unsubscribe"),
    ("Grazie, ho visto che da due settimane non mi arrivano più gli sms. Perfetto così.",
     "unsubscribe"),
    ("Solo quería daros las gracias: me disteis de baja de los SMS en un día y no me ha "
     "vuelto a llegar ninguno.", "unsubscribe"),
    ("Vous continuez à envoyer mes courriers chez mon ancien compagnon, avec qui je n'ai "
     "plus aucun contact.", "unsubscribe"),
    ("Nie proszę o wypisanie z newslettera – z niego wypisałam się sama w zeszłym roku.",
     "unsubscribe"),
    ("Nie do końca rozumiem, co się stanie po kliknięciu „wypisz się”.", "unsubscribe"),
    ("Na to się nie zgadzam – proszę przestać śledzić otwarcia moich maili.", "unsubscribe"),
    ("Retirem-me dessas listas de públicos personalizados.", "unsubscribe"),
    ("Mi oppongo a qualsiasi cessione o comunicazione a terzi per loro scopi.",
     "unsubscribe"),
    ("Lo que sí quiero es que eliminéis el teléfono fijo, no quiero que sigan guardados en "
     "ningún sitio.", "unsubscribe"),
    ("Hacedlo y ya está, no hace falta que me mandéis encuestas de satisfacción.",
     "unsubscribe"),
    ("Ich bitte darum, mich aus Ihrer Kundenkartei zu streichen.", "unsubscribe"),
    ("Hola. Bórrenme de su base de datos, no quiero que tengan ni mi nombre ni mi DNI ni "
     "nada.", "unsubscribe"),
    ("Después de veinte años comprando en Carerra, me doy de baja como cliente.",
     "unsubscribe"),
])
def test_what_is_done_kept_or_refused_is_not_asked_for(clf, body, intent) -> None:
    assert intent not in rule_intents(clf, body)


def _sure_of(**scores: float) -> Prediction:
    return Prediction(intents={i: 0.0 for i in INTENTS} | scores, kind={"human": 1.0})


def test_an_erasure_chaser_holds_back_a_model_that_hears_a_stop(clf) -> None:
    # "bekomme immer noch Briefe" is read both as the chase and as a weak stop; the chase
    # reading wins, so a model fairly sure of a stop (0.6: above any unsubscribe threshold,
    # below the override) does not add one (round 14's model scored this message 0.23)
    body = ("Ich habe im März um die Löschung meines Kontos gebeten und bekomme immer noch "
            "Briefe von Ihnen. Löschen Sie jetzt alle meine Daten.")
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    chosen = decide_intents(doc, _sure_of(erasure=1.0, unsubscribe=0.6),
                            clf.model.settings)[0]
    assert "erasure" in chosen and "unsubscribe" not in chosen, chosen


def test_what_the_rules_decided_against_needs_the_model_surer_of_it_than_of_other(
    clf
) -> None:
    # round 28: a delivery grievance has complaint words without a privacy context; the
    # round 27 retrain scored it complaint 0.91 (over the 0.9 override) but other 0.97
    body = ("Beschwerde: Das Sofa kam beschädigt an und niemand meldet sich. Das ist eine "
            "Frechheit.")
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    decide = partial(decide_intents, doc, settings=clf.model.settings)
    assert decide(pred=_sure_of(complaint=0.91, other=0.97))[0] == ["other"]
    assert decide(pred=_sure_of(complaint=0.95, other=0.5))[0] == ["complaint"]


def test_a_footer_alone_makes_no_complaint(clf) -> None:
    # round 34: round 33's retrain heard a complaint in a pallet-collection question whose
    # only privacy words are a confidentiality footer's; no cue outside the footer speaks,
    # so even a sure model does not make it one
    body = ("Can you confirm a pallet collection on Friday?\n\nThis message is intended solely "
            "for the named recipient. If it has reached you by mistake, kindly inform us and "
            "delete all copies and any personal data it contains.")
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    decide = partial(decide_intents, doc, settings=clf.model.settings)
    assert decide(pred=_sure_of(complaint=0.95, other=0.1))[0] == ["other"]


@pytest.mark.parametrize("subject, body, channels", [
    # round 18: a swap says in the subject what stops while the body only signs up, or
    # stops without naming a channel, which the sentence before names
    ("sms nee, catalogus ja", "Ik zou wél graag de papieren catalogus ontvangen, daar "
     "blader ik graag doorheen.", ["post", "sms"]),
    ("Angebote", "Die SMS mit den Angeboten nerven mich ehrlich gesagt. Bitte abbestellen. "
     "Dafür würde ich mich gern für euren E-Mail-Newsletter anmelden.", ["email", "sms"]),
])
def test_a_swap_stops_and_signs_up_on_both_channels(clf, subject, body, channels) -> None:
    (doc,) = clf.rules.docs([MailInput(subject=subject, body=body, sender="jo@example.com")])
    intents = ("subscribe", "unsubscribe")
    assert sorted(channels_for(doc, intents)) == channels


def test_a_sign_up_is_no_stop_unless_the_model_is_sure(clf) -> None:
    # round 17: channel and marketing words make the bag of words hear a stop in a
    # sign-up; beside the rules' sign-up, a stop no stop wording speaks of needs 0.9
    body = "Zgadzam się na wszelkie informacje marketingowe, także SMS-em."
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    assert "subscribe" in rule_intents(clf, body)
    chosen = decide_intents(doc, _sure_of(subscribe=1.0, unsubscribe=0.6),
                            clf.model.settings)[0]
    assert chosen == ["subscribe"], chosen
    chosen = decide_intents(doc, _sure_of(subscribe=1.0, unsubscribe=0.95),
                            clf.model.settings)[0]
    assert "unsubscribe" in chosen, chosen


def test_a_stop_in_no_words_of_stopping_beside_a_sign_up_needs_a_sure_model(clf) -> None:
    # round 24: the rules hear neither; the model hears the sign-up and, from channel and
    # offer words, half a stop
    body = ("Cześć, koleżanka dostaje od Was oferty na WhatsAppie. Też tak chcę :) Mój numer "
            "+48 791 002 318. Dzięki, Weronika")
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    assert {"subscribe", "unsubscribe"}.isdisjoint(rule_intents(clf, body))
    chosen = decide_intents(doc, _sure_of(subscribe=1.0, unsubscribe=0.6),
                            clf.model.settings)[0]
    assert chosen == ["subscribe"], chosen
    chosen = decide_intents(doc, _sure_of(subscribe=1.0, unsubscribe=0.95),
                            clf.model.settings)[0]
    assert "unsubscribe" in chosen, chosen


def test_a_please_starts_a_request_a_negation_before_it_does_not_reach(clf) -> None:
    # round 24: "proszę" stops a negation like a subordinator, but a negated want before it
    # ("Nie chcę tego dłużej, proszę …") does not reach into the request after it
    body = "Nie chcę tego dłużej, proszę mnie wypisać z newslettera."
    assert "unsubscribe" in rule_intents(clf, body)


def test_an_advertising_profile_is_no_talk_of_marketing(clf) -> None:
    # round 18: "profil publicitaire" names the kind of profiling objected to; a stop the
    # model half hears there (0.3) is not supported by the word "publicitaire"
    body = ("Je m'oppose à l'utilisation de mes achats pour établir un profil publicitaire. "
            "Merci de cesser ce traitement.")
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    chosen = decide_intents(doc, _sure_of(objection=1.0, unsubscribe=0.3),
                            clf.model.settings)[0]
    assert chosen == ["objection"], chosen


@pytest.mark.parametrize("body", [
    # rounds 19 and 20: erasures the rules did not hear on the twenty-sixth and
    # twenty-seventh splits
    "Please cancel my Carerra Rewards card and wipe the purchase history attached to it.",
    "Buongiorno, vorrei rinunciare alla carta fedeltà e chiedere che i dati associati – "
    "acquisti, indirizzo, numero di telefono – vengano eliminati.",
    "Je ne suis pas cliente chez vous. Merci de retirer mon adresse de votre base.",
    "Me consta que hay cámaras justo en esa zona. No quiero que esas imágenes se conserven "
    "más tiempo del necesario: les pido que las borren.",
    "Já chega. Quero sair da vossa base de dados de vez. Obrigado.",
    # round 22: the "nicht" of "brauch ich nicht mehr" is not the deletion's; a number
    # taken out of the files
    "hallo, bitte mein kundenkonto loeschen brauch ich nicht mehr. email ist die hier",
    "Virez mon numéro de portable de vos fichiers, j'en ai ras le bol de vos textos.",
    # round 24: off the customer file, out of the database, leaving the shop
    "Ich bitte darum, mich aus Ihrer Kundenkartei zu streichen.",
    "Hola. Bórrenme de su base de datos, no quiero que tengan ni mi nombre ni mi DNI ni nada.",
    "Después de veinte años comprando en Carerra, me doy de baja como cliente.",
])
def test_erasures_of_rounds_19_to_24_are_heard(clf, body) -> None:
    assert "erasure" in rule_intents(clf, body)


@pytest.mark.parametrize("body", [
    # round 23: points that vanished, analytics objected to, are no erasure
    "Zniknęły punkty z karty. Na mojej karcie było 2 340 punktów, a od wczoraj widzę 0.",
    "Quitad mi cuenta de cualquier analítica o medición de uso.",
    # round 27: an ICO complaint about an erasure done; the app's delete button
    "I have today lodged a complaint with the ICO about the way Carerra handled my erasure "
    "request. I am not asking you to do anything further.",
    'En la app me sale la opción de "eliminar cuenta" para poder registrarme con otro correo.',
])
def test_what_only_sounds_like_an_erasure_is_none(clf, body) -> None:
    assert "erasure" not in rule_intents(clf, body)


def test_a_swap_half_only_the_model_heard_takes_its_own_channels(clf) -> None:
    # round 19: the rules hear the stop of the texts, not the sign-up to the newsletter;
    # when the model adds the sign-up, its channel is the one named outside the stop
    body = ("Ich bekomme Ihre Angebote momentan per SMS, das nervt mich. Also keine SMS mehr, "
            "dafür aber bitte den Newsletter per E-Mail an diese Adresse.")
    (doc,) = clf.rules.docs([MailInput(subject="", body=body, sender="jo@example.com")])
    assert "subscribe" not in rule_intents(clf, body)
    assert sorted(channels_for(doc, ("subscribe", "unsubscribe"))) == ["email", "sms"]
