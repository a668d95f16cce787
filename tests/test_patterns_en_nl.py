"""English and Dutch cue patterns (round 7): what the rules alone decide, so the checks do
not move with a retrained model. Each case fails if its cue is removed."""

from __future__ import annotations

import pytest

from tests.pattern_support import round_cases, rules

ALL = ("email", "sms", "post", "phone")


@pytest.mark.parametrize(("body", "intents", "channels"), [
    # en: stops in other verbs and word orders
    ("Kindly refrain from contacting me for marketing purposes.", {"unsubscribe"}, ALL),
    ("can you turn off the promo texts on my number pls", {"unsubscribe"}, ("sms",)),
    ("I'm no longer interested in receiving your offers.", {"unsubscribe"}, ("email",)),
    ("I want to withdraw from your mailing list.", {"unsubscribe"}, ("email",)),
    ("Please put a stop to the phone calls.", {"unsubscribe"}, ("phone",)),
    ("She gets the catalogue and your sales calls. Please stop both.", {"unsubscribe"},
     ("post", "phone")),
    ("Still getting them. I wrote two weeks ago and heard nothing.",
     {"unsubscribe", "complaint"}, ("email",)),
    ("My number changed, please update it, but don't use it for sales calls.",
     {"rectification", "unsubscribe"}, ("phone",)),
    # en: a channel list closed by "the lot" / "nothing" means all four
    ("Delete my account and stop all marketing, emails, texts, the lot.",
     {"erasure", "unsubscribe"}, ALL),
    ("i dont want any marketing, not emails not texts nothing.", {"unsubscribe"}, ALL),
    # en: the mailing list one leaves names email; "mail me your catalog" is post
    ("Take me off your mailing list and stop calling me.", {"unsubscribe"},
     ("email", "phone")),
    ("Can you mail me your catalog? I live in Portland.", {"subscribe"}, ("post",)),
    # nl: verb last, separable verbs, "daar wil ik vanaf"
    ("Gelieve het adres te verwijderen uit al uw promotionele mailings.", {"unsubscribe"},
     ("email",)),
    ("Graag het adres aanpassen, maar stuur daar geen reclamefolders naartoe.",
     {"rectification", "unsubscribe"}, ("post",)),
    ("Jullie blijven de catalogus sturen. Daar wil ik vanaf.", {"unsubscribe"}, ("post",)),
    ("Hoe meld ik me af voor de sms'jes?", {"unsubscribe"}, ("sms",)),
    ("Kunt u de toezending van de catalogus stopzetten?", {"unsubscribe"}, ("post",)),
    ("Ik wil van jullie nieuwsbrief af.", {"unsubscribe"}, ("email",)),
    ("Ik wens niet langer benaderd te worden met aanbiedingen.", {"unsubscribe"}, ALL),
    # nl: "mailbestand" is a list, not the customer file
    ("Verwijder mij uit het mailbestand.", {"unsubscribe"}, ("email",)),
])
def test_round7_stops_and_channels(clf, body, intents, channels) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence
    assert set(u.channels) == set(channels), (u.channels, u.evidence)


@pytest.mark.parametrize(("body", "intents"), [
    # en: the customer file, an executor, "delete all of it" after an access question
    ("I would like you to forget me. Remove me from your database entirely.", {"erasure"}),
    ("As executor I'd like his customer account and the details stored with it deleted.",
     {"erasure"}),
    ("First tell me what you hold on me, then delete all of it.", {"access", "erasure"}),
    # en: an erasure refused, planned by us or only considered is none
    ("I oppose its erasure and request instead the restriction of its use.",
     {"restriction"}),
    ("You intend to erase my data; please restrict processing rather than erasing it.",
     {"restriction"}),
    # nl: "niks wissen" is negated, "voorlopig nergens voor" is a restriction
    ("gebruik mijn gegevens voorlopig nergens voor tot het uitgezocht is, maar niks wissen he",
     {"restriction"}),
    # nl: a dotted abbreviation ends no sentence, so "NIET" still negates
    ("Verwijder mijn gegevens a.u.b. NIET, ik wil de verwerking beperken.", {"restriction"}),
    ("Prima, verwijder het maar helemaal, met alle gegevens.", {"erasure"}),
    # nl: a sign-up without "aanmelden"; a chased opt-out is a complaint
    ("de sms'jes hoef ik niet meer. Maar zet me wel op de e-mailnieuwsbrief.",
     {"unsubscribe", "subscribe"}),
    ("Ik heb me op 20 oktober afgemeld en ik krijg nog steeds jullie nieuwsbrief. Haal me "
     "van die lijst, dit is belachelijk.", {"unsubscribe", "complaint"}),
])
def test_round7_intents(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize("body", [
    "I deleted the app and reinstalled it. I don't get the reset email.",
    "Just wanted to say thanks for deleting my account so quickly.",
    "Why was my account deleted? I never asked for that.",
    "I'm thinking about closing my account, what would I lose?",
    "Remove me from the waiting list for the oak table, I bought one elsewhere.",
    "Waarom is mijn account verwijderd? Daar heb ik nooit om gevraagd.",
    "Bedankt dat jullie mijn gegevens zo snel hebben verwijderd.",
    "Haal mij van de wachtlijst voor de eiken tafel.",
    "Jullie hebben mijn review met mijn foto erbij op de site gezet. Die foto wil ik eraf.",
])
def test_round7_no_stop_or_erasure(clf, body) -> None:
    got, _, u = rules(clf, body)
    assert not got & {"unsubscribe", "erasure", "subscribe"}, u.evidence


def test_nl_commercial_partners_are_no_marketing(clf) -> None:
    """An objection to sharing with "commerciële partners" is no marketing stop."""
    got, _, u = rules(clf, "Ik geef geen toestemming om mijn gegevens met commerciële partners "
                        "te delen en maak bezwaar tegen elke verstrekking aan derden.")
    assert got == {"objection"}, u.evidence


@pytest.mark.parametrize(("body", "intents", "channels"), [
    # nl: "door" is Dutch "by", not the English letterbox: all four channels
    ("Ik wil niet meer door jullie benaderd worden.", {"unsubscribe"}, ALL),
    ("Tevens trek ik alle door mij gegeven toestemmingen in.", {"unsubscribe"}, ALL),
    # nl: a stop typo, "stop met ... catalogus" beside a sign-up
    ("wil me afmelen voor de nieuwbrief", {"unsubscribe"}, ("email",)),
    ("Stop alsjeblieft met die dikke papieren catalogus. Zet me op de nieuwsbrief.",
     {"subscribe", "unsubscribe"}, ("email", "post")),
    # nl: an accidental opt-out, the request is to be put back
    ("Ik heb me per ongeluk afgemeld voor de nieuwsbrief. Kunnen jullie me er weer op zetten?",
     {"subscribe"}, ("email",)),
])
def test_round8_stops_and_channels(clf, body, intents, channels) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, (body, u.evidence)
    assert set(u.channels) == set(channels), (body, u.channels)


@pytest.mark.parametrize(("body", "intents"), [
    # nl
    ("Mijn zoon heeft zich met dit adres voor de nieuwsbrief aangemeld. "
     "Haal het van de verzendlijst.",
     {"unsubscribe"}),
    ("Zolang u mijn bezwaar beoordeelt, wil ik dat u de verwerking van mijn gegevens stopzet.",
     {"objection", "restriction"}),
    ("Zolang het niet is aangepast: gebruik dat foute adres nergens meer voor.", {"restriction"}),
    ("De toevoeging bij mijn huisnummer ontbreekt.", {"rectification"}),
    ("Kunnen jullie mijn adres precies zo invoeren?", {"rectification"}),
    ("Ik wil een overzicht van alle aankopen die op mijn klantenpas zijn geregistreerd.",
     {"access"}),
    ("Vertel me of mijn gegevens bij het datalek zaten.", {"access", "complaint"}),
    ("Jullie slaan wachtwoorden niet versleuteld op.", {"complaint"}),
    ("Op de sticker van het pakket stond mijn geboortedatum.", {"complaint"}),
    ("Jullie hebben een kopie van mijn paspoort gemaakt. Verwijder die kopie.", {"erasure"}),
    ("Stuur mijn klantgegevens rechtstreeks naar mijn nieuwe winkel.", {"portability"}),
    ("Kunnen jullie ophouden mijn bestelgeschiedenis daarvoor te gebruiken?", {"objection"}),
    # en
    ("I'm pretty sure you've got my date of birth wrong.", {"rectification"}),
    ("Which of my details were actually exposed?", {"access", "complaint"}),
    ("I want to know what segment you have put me in.", {"access"}),
    ("Delete whatever personal information you have on me.", {"erasure"}),
    ("I am registered with the TPS and yet you keep phoning.", {"complaint"}),
])
def test_round8_intents(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, (body, u.evidence)


@pytest.mark.parametrize(("body", "intents", "channels"), [
    # en: consent named first, withdrawn after; stated passively
    ("To the extent you rely on my consent for anything, I withdraw it.", {"unsubscribe"}, ALL),
    ("Where processing relies on my consent, that consent is hereby withdrawn.",
     {"unsubscribe"}, ALL),
    # en: a paper-to-email swap
    ("Please stop posting me the catalogue and send me the email version instead.",
     {"subscribe", "unsubscribe"}, ("email", "post")),
    # en: a sign-up someone else made is history; a template reply is no stop
    ("My daughter signed up for your newsletter without asking me. "
     "Please take her email off your lists.",
     {"unsubscribe"}, ("email",)),
    # nl: the list first, the verb last
    ("Graag haar van de nieuwsbrief afhalen.", {"unsubscribe"}, ("email",)),
    # nl: "door niemand meer benaderd"
    ("ik wil door niemand van jullie meer benaderd worden", {"unsubscribe"}, ALL),
])
def test_round8_more_stops(clf, body, intents, channels) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, (body, u.evidence)
    assert set(u.channels) == set(channels), (body, u.channels)


@pytest.mark.parametrize(("body", "intents"), [
    ("I've kept this civil. Please don't send me a template reply.", set()),
    ("Thanks for confirming my data has been deleted.", set()),
    ("Was my information affected, and if so which parts?", {"access"}),
    ("How long do you keep my order records?", {"access"}),
    ("Mijn accountant wil een export van alle facturen in Excel.", {"portability"}),
    ("In mijn account mist de postcode.", {"rectification"}),
    ("Haal die foto alsjeblieft offline.", {"erasure"}),
    ("Stop met het gebruiken van mijn aankoopgeschiedenis voor suggesties.", {"objection"}),
])
def test_round8_more_intents(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, (body, u.evidence)


ROUND29 = [
    # en (round 29): "happy getting the email" keeps it
    ("I'm happy getting the Thursday email but please stop the text messages.",
     {"unsubscribe"}, {"sms"}),
    # nl: kept mails, "ge-sms't", a stop told as done
    ("Stop met bellen en met de brieven, de mails mogen gerust blijven komen.",
     {"unsubscribe"}, {"phone", "post"}),
    ("Ik wil op mijn mobiele nummer geen reclame meer, niet gebeld en niet ge-sms't.",
     {"unsubscribe"}, {"phone", "sms"}),
    ("Mijn afmelding voor de nieuwsbrief is vorige maand keurig geregeld, dank daarvoor.",
     set(), set()),
]


ROUND30 = [
    # en (round 30): kept in other words; the phone the texts reach is no calls channel
    ("Your emails are actually useful, but please stop the catalogue.", {"unsubscribe"}, {"post"}),
    ("Please stop the text messages, my phone plan is limited.", {"unsubscribe"}, {"sms"}),
    ("I like the flash sale texts. Please stop the emails.", {"unsubscribe"}, {"email"}),
    # nl: a withdrawal across a long clause is a stop on every channel
    ("Cliënte trekt haar toestemming voor het ontvangen van commerciële berichten, via welk"
     " kanaal dan ook, hierbij in.", {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Uw nieuwsbrief lees ik met plezier. Maar stop met de sms-berichten.", {"unsubscribe"},
     {"sms"}),
]


ROUND31 = [
    # en (round 31): "no further contact" is a stop on every channel; the channel in the
    # verb ("txting", "posting me")
    ("Close account. Delete data. No further contact.", {"unsubscribe", "erasure"},
     {"email", "sms", "post", "phone"}),
    ("pls stop txting me i dont even shop there anymore", {"unsubscribe"}, {"sms"}),
    ("I love the emails. But please stop posting me the Christmas gift guide.",
     {"unsubscribe"}, {"post"}),
    # nl: "dat die mails stoppen" is a stop
    ("Ik wil een bevestiging dat die mails stoppen.", {"unsubscribe"}, {"email"}),
]


ROUND32 = [
    # en (round 32): "press it for me" (the unsubscribe button) is a stop; "leave the emails
    # as they are" keeps them
    ("One a day now. Righto, I'm out. Whatever the button is, press it for me.",
     {"unsubscribe"}, {"email"}),
    ("Can you stop the texts and leave the emails as they are?", {"unsubscribe"}, {"sms"}),
    # nl: "die berichten stopzetten", "dat het bellen stopt", "daar ook mee stoppen" are
    # stops; "stuur me nooit meer iets" is every channel; "zonder dat wij het wisten"
    # (knew) deletes nothing
    ("Ik krijg via WhatsApp steeds berichtjes over acties. Willen jullie die berichten "
     "stopzetten?", {"unsubscribe"}, {"sms"}),
    ("Ik wil dat het bellen onmiddellijk stopt.", {"unsubscribe"}, {"phone"}),
    ("Er komt nog steeds reclamepost op zijn naam. Zou u daar ook mee willen stoppen?",
     {"unsubscribe"}, {"post"}),
    ("Gooi al mijn gegevens weg en stuur me nooit meer iets.", {"erasure", "unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Mijn dochter heeft zonder dat wij het wisten een account bij jullie aangemaakt. Ik wil "
     "weten welke gegevens jullie van haar hebben.", {"access"}, set()),
    ("Als ouders verzoeken wij u haar account en alle gegevens die u van haar heeft te "
     "verwijderen.", {"erasure"}, set()),
]


ROUND33 = [
    # en (round 33): "textin" is texting; "whoever keeps ringing me ..., please stop" is a
    # stop; "I don't use email" names the channel not to use
    ("pls stop textin me evry day abt ur sale", {"unsubscribe"}, {"sms"}),
    # a web form's fields name how to reach the sender, not a channel of the request
    ("Name: Jade Whitlock Email: jade.w@example.com Phone: 07700 900218 Message: please stop "
     "the texts, they come every day.", {"unsubscribe"}, {"sms"}),
    ("Oh and while I've got you - whoever keeps ringing me about the extended warranty, "
     "please stop.", {"unsubscribe"}, {"phone"}),
    ("Could somebody telephone me when the sale starts? I don't use email and I'd like to be "
     "told about your offers over the phone.", {"subscribe", "unsubscribe"}, {"phone"}),
    # nl: "op geen enkele manier nog contact" is every channel, "Haal al mijn gegevens weg"
    # an erasure, "voortaan wel de nieuwsbrief" a sign-up
    ("Haal al mijn gegevens weg en neem op geen enkele manier nog contact met mij op.",
     {"erasure", "unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Kunnen jullie mij geen sms meer sturen maar voortaan wel de nieuwsbrief per e-mail?",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
]


ROUND34 = [
    # en (round 34): "You said my account was deleted" reports an erasure not done: a
    # complaint beside the erasure it chases (labels.md: a reminder)
    ("You said my account was deleted in January. I just logged in and it is all still "
     "there.", {"complaint", "erasure"}, set()),
    # nl: "STOP MET DAT GESPAM IN MIJN INBOX" stops the e-mail
    ("HAAL MIJ UIT AL JULLIE BESTANDEN EN STOP MET DAT GESPAM IN MIJN INBOX.",
     {"erasure", "unsubscribe"}, {"email"}),
]


ROUND35 = [
    # en (round 35): 'I don't want your "recommended for you" emails any more' stops them
    ("I don't want your \"recommended for you\" emails any more, or the emails at all "
     "really. And stop profiling me off my purchases.", {"objection", "unsubscribe"},
     {"email"}),
    # nl: "Gelieve mij niet langer ... per post te bezorgen" stops (Flemish); "liever bellen
    # dan mailen want mail lees ik weinig" names the channel not to use; "ook nog gemaild
    # dat" is how it was asked
    ("Gelieve mij niet langer jullie reclamedrukwerk per post te bezorgen. Ik bekijk alles "
     "online.", {"unsubscribe"}, {"post"}),
    ("U mag mij bellen als er acties op tuinmeubelen zijn, liever bellen dan mailen want "
     "mail lees ik weinig.", {"subscribe"}, {"phone"}),
    ("Drie weken geleden heb ik STOP teruggestuurd op jullie sms en ook nog gemaild dat ik "
     "geen sms'jes meer wil. Haal mijn nummer er nu eindelijk af.",
     {"complaint", "unsubscribe"}, {"sms"}),
]


ROUND36 = [
    # en (round 36): "I am not asking you to close or delete my account" asks no erasure;
    # "I don't want receive more the publicity" (a learner's English) stops; "I don't have
    # a landline so no point calling" names no phone
    ("Before anybody gets the wrong idea - I am not asking you to close or delete my "
     "account. All I want is for the marketing emails to stop.", {"unsubscribe"}, {"email"}),
    ("Please I don't want receive more the publicity from Carerra in my email and also the "
     "SMS in my mobile.", {"unsubscribe"}, {"sms"}),
    ("I'd like to hear about your sales and new ranges. Email and text are both fine. I "
     "don't have a landline so no point calling!", {"subscribe"}, {"email", "sms"}),
    # nl: "dat jullie mij op geen enkele manier meer benaderen" is a stop on every channel
    ("Ik wil dat al mijn gegevens worden verwijderd en dat jullie mij op geen enkele manier "
     "meer benaderen.", {"erasure", "unsubscribe"}, {"email", "sms", "post", "phone"}),
]


ROUND37 = [
    # en (round 37): "don't bother sending the catalogue" declines it
    ("While you're at it, don't bother sending the catalogue to the new house - we never "
     "look at it.", {"unsubscribe"}, {"post"}),
    # nl (round 37): a stop asked before, repeated
    ("Op 29 september heb ik via dit adres gevraagd om geen sms'en meer te sturen. Vandaag "
     "krijg ik er wéér een.", {"unsubscribe"}, {"sms"}),
]

ROUND38 = [
    # en (round 38): a page named for deletion asks none
    ('Your chatbot kept sending me to the "delete my account" page. I only want a copy of '
     "my data.", {"access"}, set()),
    # nl (round 38): "graag allebei weer uit", "mogen gestopt worden" are stops
    ("Sindsdien krijg ik mails én sms'jes. Graag allebei weer uit.", {"unsubscribe"},
     {"email", "sms"}),
    ("Ook de folders die tweewekelijks op mijn naam in de bus vallen mogen gestopt worden.",
     {"unsubscribe"}, {"post"}),
]

ROUND39 = [
    # en (round 39): "never want to be contacted ... again in any way" beside an erasure
    ("I want every bit of my information deleted from your systems and I never want to be "
     "contacted by you again in any way.", {"erasure", "unsubscribe"},
     {"email", "sms", "post", "phone"}),
    # nl (round 39): "nooit meer bellen", "mogen wat mij betreft stoppen", a withdrawal by
    # pronoun
    ("Ik wil dat mijn telefoonnummer uit jullie systeem verdwijnt en dat jullie mij zelf ook "
     "nooit meer bellen.", {"unsubscribe"}, {"phone"}),
    ("En de sms'en met aanbiedingen mogen wat mij betreft stoppen.", {"unsubscribe"},
     {"sms"}),
    ("Voor zover ik ooit toestemming heb gegeven voor het ontvangen van commerciële "
     "berichten, trek ik die hierbij in.", {"unsubscribe"}, {"email", "sms", "post", "phone"}),
]

ROUND41 = [
    # en (round 41): "I dont want the whatsapp ones" (in a contact-form relay); "your
    # weekly sale emails - stop those too"
    ("Since a few weeks I get your offers on WhatsApp. Emails are ok but I dont want the "
     "whatsapp ones please.", {"unsubscribe"}, {"sms"}),
    ("And your weekly sale emails - stop those too.", {"unsubscribe"}, {"email"}),
    # nl (round 41): the negation before the participle; "niets meer ... wordt gestuurd";
    # the mailing list is e-mail (not the phone of the story)
    ("Wel graag een notitie erbij dat ik niet gebeld wil worden voor acties of aanbiedingen.",
     {"unsubscribe"}, {"phone"}),
    ("Er komt nog steeds post op haar naam. Wilt u ervoor zorgen dat er niets meer voor haar "
     "wordt gestuurd?", {"unsubscribe"}, {"post"}),
    ("- 8 oktober: klantenservice gebeld, 40 minuten in de wacht.\n\nEn haal me meteen van "
     "jullie mailinglijst af.",
     {"unsubscribe"}, {"email"}),
]

ROUND42 = [
    # en (round 42): "rather than the paper catalogue" gives it up
    ("Hi, rather than the paper catalogue could you just email me the offers instead?",
     {"unsubscribe"}, {"post"}),
    # nl (round 42): "nooit meer iets van jullie ontvangen" is every channel; "mogen uit";
    # "de nieuwsbrief aan laten" keeps it
    ("Ik wil dat jullie alles van mij wissen en ik wil nooit meer iets van jullie ontvangen.",
     {"erasure", "unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Mijn mailadres is veranderd. En de sms acties mogen uit, die lees ik nooit.",
     {"unsubscribe"}, {"sms"}),
    ("Die sms'jes mogen uit, de nieuwsbrief aan laten graag.", {"unsubscribe"}, {"sms"}),
]

ROUND43 = [
    # en (round 43): "Please don't send it any more" (the brochure of the sentence before)
    ("The new owners of my old house keep forwarding your brochure to me. Please don't send "
     "it any more.", {"unsubscribe"}, {"post"}),
    # (not "do not send them any of my personal data": data passed on, no stop)
    ("Your partner company asked for my details. Please do not send them any of my personal "
     "data.", set(), set()),
]

ROUND44 = [
    # en (round 44): a web-form relay asking the number off the text offers; "not just the
    # mailing list" beside an erasure; "she wants the catalogues stopping"; CCTV footage
    # erased; "give him a ring when they're on offer" signs up for calls
    ("Could you please remove my number from your text message offers? I only gave it for "
     "delivery updates.", {"unsubscribe"}, {"sms"}),
    ("Please remove me from your database entirely - not just the mailing list, the whole "
     "thing.", {"erasure", "unsubscribe"}, {"email"}),
    ("She also wants the catalogues stopping, they just go straight in the bin.",
     {"unsubscribe"}, {"post"}),
    ("I fainted by the tills. Please delete any footage of me from that day.", {"erasure"},
     set()),
    ("Would it be possible for someone to give him a ring on his landline when the chairs are "
     "on offer?", {"subscribe"}, {"phone"}),
    # nl (ronde 44): "Haal mij hier maar vanaf"; "in welke vorm dan ook" is every channel; an
    # exclamation inside quotes ends no sentence; "lees ik graag" keeps the newsletter
    ("Haal mij hier maar vanaf.", {"unsubscribe"}, {"email"}),
    ("Stop alsjeblieft met al die reclame, in welke vorm dan ook.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("De nieuwsbrief per mail lees ik graag. Maar de sms'jes met 'FLASH SALE!!' om half acht "
     "mogen wat mij betreft stoppen.", {"unsubscribe"}, {"sms"}),
]

ROUND45 = [
    # en (round 45): "take him off your records altogether", "I want my account and all the
    # data you hold on me deleted" erase
    ("Please take him off your records altogether.", {"erasure"}, set()),
    ("Then I want my account and all the data you hold on me deleted, before it leaks "
     "again.", {"erasure"}, set()),
    # nl (ronde 45): "sms-aanbiedingen uitzetten" and "bel me er niet op voor aanbiedingen"
    # stop; "al jullie reclamelijsten" is every channel; "zie ik ook wel zitten", "Mogen
    # jullie mij daarvoor bellen?" sign up
    ("Kunnen jullie mijn sms-aanbiedingen uitzetten? Ik lees ze toch nooit.", {"unsubscribe"},
     {"sms"}),
    ("Maar bel me er alsjeblieft niet op voor aanbiedingen, daar zit ik niet op te wachten.",
     {"unsubscribe"}, {"phone"}),
    ("Haal me maar van al jullie reclamelijsten af.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Mag ik de folder voortaan thuis ontvangen? De nieuwsbrief per mail zie ik ook wel "
     "zitten.", {"subscribe"}, {"email", "post"}),
    ("Ik wil op de hoogte blijven van de uitverkoop. Mogen jullie mij daarvoor bellen?",
     {"subscribe"}, {"phone"}),
]

ROUND46 = [
    # en (round 46): "Last year I asked to stop the catalogue ... start sending the catalogue
    # here again" signs up again; "give me a ring ..., that's fine too" signs up for calls
    ("Last year I asked to stop the catalogue as we were moving. We're settled now, so please "
     "start sending the catalogue here again.", {"subscribe"}, {"post"}),
    ("Please add me to everything - emails, texts, the printed catalogue. And if someone "
     "wants to give me a ring about the kitchens, that's fine too.", {"subscribe"},
     {"email", "sms", "post", "phone"}),
    # nl (ronde 46): a job application's "mag u mijn gegevens na vier weken verwijderen"
    # asks nothing; "Mijn toestemming voor reclame trek ik bij deze in" withdraws; "Kunnen
    # die uit?"; "E-mail hoeft niet, die nieuwsbrief krijg ik al" declines nothing;
    # "overal uitschrijven" is every channel; "U mag mij ook gerust opbellen als ..."
    ("Mocht er geen passende functie zijn, dan mag u mijn gegevens na vier weken "
     "verwijderen.", set(), set()),
    ("Mijn toestemming voor reclame trek ik bij deze in.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Jullie nieuwsbrief mag blijven komen. Maar die sms'jes met FLASH SALE!!! om zeven uur, "
     "daar word ik niet blij van. Kunnen die uit?", {"unsubscribe"}, {"sms"}),
    ("Ik wil graag de sms-aanbiedingen ontvangen. E-mail hoeft niet, die nieuwsbrief krijg ik "
     "al.", {"subscribe"}, {"sms"}),
    ("kunnen jullie me overal uitschrijven? mail sms alles. tnx", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Zou u mij de aanbiedingen per brief willen sturen? U mag mij ook gerust opbellen als er "
     "iets bijzonders is.", {"subscribe"}, {"phone", "post"}),
    ("Mag mijn klantenkaart met alles wat eraan hangt geschrapt worden uit jullie systemen?",
     {"erasure"}, set()),
]

ROUND47 = [
    # en (round 47): stops of calls at the end of a story, a learner's stop, two erasures
    ("I am 84 and my hearing is not what it was. I would be most grateful if you did not "
     "telephone me again.", {"unsubscribe"}, {"phone"}),
    ("Your sales team rang me on Tuesday evening to offer me a store card. Please don't ring me "
     "with offers again.", {"unsubscribe"}, {"phone"}),
    ("every month come from you the advertising in paper with my name. I not want receive this "
     "anymore please.", {"unsubscribe"}, {"post"}),
    ("Why were you still holding my details six years later? I want everything you hold about "
     "me deleted.", {"erasure"}, set()),
    ("I did that months ago. What I want now is for my account to be closed and the data behind "
     "it deleted.", {"erasure"}, set()),
    ("The paper catalogue is lovely but it's a lot of paper. Could you stop posting it and sign "
     "me up to the email newsletter instead?", {"subscribe", "unsubscribe"}, {"email", "post"}),
    # nl (round 47)
    ("Kunnen jullie de sms-aanbiedingen voor mij uitzetten en mij in plaats daarvan aanmelden "
     "voor de e-mailnieuwsbrief?", {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Ik lees jullie nieuwsbrief altijd met plezier, die mag dus gewoon blijven komen. Maar de "
     "sms'jes zijn te veel. Kunnen jullie die uitzetten?", {"unsubscribe"}, {"sms"}),
    ("Ik ben er klaar mee. Ik wil niet dat jullie nog iets van mij bewaren.", {"erasure"}, set()),
    ("Doe mijn gegevens maar weg, ik kom toch nooit meer terug.", {"erasure"}, set()),
    ("Kunnen jullie die historie verwijderen? De kaart zelf wil ik houden.", {"erasure"}, set()),
    ("Mijn man is overleden. Ik wil graag dat het account op mijn naam komt te staan.",
     {"rectification"}, set()),
    # a guard (it passes on round 46's rules too): post "op zijn naam" corrects nothing
    ("Mijn vader is overleden. Wilt u zijn gegevens verwijderen en ervoor zorgen dat er geen "
     "post meer op zijn naam komt?", {"erasure", "unsubscribe"}, {"post"}),
]

ROUND48 = [
    # en (round 48): catalogues "stopped", a location history erased, an out-of-office's
    # conditional "if you need to unsubscribe me" asks nothing
    ("Please remove his telephone number from your calling list. I'd also like the "
     "catalogues stopped - he reads them and gets confused.", {"unsubscribe"},
     {"phone", "post"}),
    ("I object to you having collected it. Please delete the location history you've "
     "gathered from my phone.", {"erasure", "objection"}, set()),
    ("I'm out of the office until Friday. Emails will not be read, so if you need to "
     "unsubscribe me from something, please send it again after I'm back!", set(), set()),
    # nl (round 48)
    ("Hallo Carerra, kunnen jullie mijn nummer van de sms-acties afhalen? En zet me dan "
     "liever op de nieuwsbrief per e-mail.", {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Ik krijg het niet voor elkaar om mijn account in de app te verwijderen, die knop doet "
     "niks. Kunnen jullie dat voor mij doen?", {"erasure"}, set()),
    ("Vandaag ontving ik eindelijk de bevestiging dat mijn account is verwijderd. Dank "
     "daarvoor.", set(), set()),
]

ROUND49 = [
    # en (round 49)
    ("Hi, I'd like my Carerra Rewards account deleted please. I know the points will be lost.",
     {"erasure"}, set()),
    # nl (round 49)
    ("O ja, en die sms'jes over 'nog meer voordeel' kunnen ook wel stoppen, daar zit ik niet op "
     "te wachten.", {"unsubscribe"}, {"sms"}),
    ("Vorige maand vroeg ik jullie om mijn nieuwsbrief stop te zetten. In plaats daarvan is mijn "
     "hele account verwijderd. Daar heb ik nooit om gevraagd.", set(), set()),
]

ROUND50 = [
    # nl (round 50)
    ("Wilt u dit stoppen en haar klantaccount, inclusief de klantenkaart, opheffen?",
     {"erasure"}, set()),
    ("Ik wil dat jullie stoppen met het analyseren van mijn aankopen, en dat mijn opgeslagen "
     "koopgeschiedenis verwijderd wordt.", {"erasure"}, set()),
]

ROUND51 = [
    # en (round 51)
    ("Please delete that photo and any incident record about me. I'd appreciate confirmation "
     "when it's done.", {"erasure"}, set()),
    ("Two things. First, I want to know exactly what personal information you've got on me, "
     "all of it. Then once I've seen it, I want the lot deleted.", {"access", "erasure"},
     set()),
    ("Would someone be able to ring me when the sale starts? I'm happy for you to phone me "
     "with offers, I don't really do the email.", {"subscribe"}, {"phone"}),
    # nl (round 51)
    ("Mijn zus zei dat ik mijn account moest opheffen als ik van de reclame af wil, maar dat "
     "wil ik niet: ik gebruik de klantenkaart. Ik wil alleen geen promotiemails meer in mijn "
     "inbox. Kunnen jullie dat regelen zonder mijn account te verwijderen?", {"unsubscribe"},
     {"email"}),
    ("Kunnen jullie mijn oude adres in Deventer uit jullie systeem verwijderen? Ik woon nu in "
     "Zwolle.", set(), set()),
    ("hallo ik wil mijn acount verwijdren met al mijn gegevns, ik heb geen wachtwoord meer",
     {"erasure"}, set()),
    ("Er komt nog steeds reclame van Carerra op zijn naam in de bus. Wilt u zijn gegevens uit "
     "uw bestand halen en niets meer naar hem sturen?", {"erasure", "unsubscribe"}, {"post"}),
    ("Voordat ik mijn account opzeg: kan ik mijn bestelgeschiedenis downloaden als "
     "CSV-bestand? Daarna mag alles weg, inclusief het account.", {"erasure", "portability"},
     set()),
    ("Ik wil niet meer brief van jullie met reclame krijgen in de post.", {"unsubscribe"},
     {"post"}),
]

ROUND52 = [
    # en (round 52)
    ("Hi! I'd like to stop getting the paper catalogue (such a waste of paper, "
     "sorry!) but I would like to get the email newsletter instead so I still hear "
     "about the sales.",
     {"subscribe", "unsubscribe"}, {"email", "post"}),
    ("I know I could ask you to delete my account after the way the last month has "
     "gone. I'd rather you didn't - I may come back at some point, and I don't want "
     "to lose the order history. But until I decide, I'd like it locked: don't use "
     "my details, don't do anything with them, just keep them.",
     {"restriction"}, set()),
    ("Your reply to my deletion request was, frankly, rude. Telling me I \"should "
     "have read the terms\" and that deleting my account is \"not in my best "
     "interests\" is not your call to make. For the record, I received your "
     "confirmation yesterday that the account has now been closed, so it has been "
     "done - but I've filed a complaint with the ICO about the way it was handled "
     "(case ref IC-388104-Q7L2) and I thought you should know.",
     {"complaint"}, set()),
    ("Hi, I'm waiting on a refund for order CR-689114. Once that's gone through I'll "
     "probably want my account removed, but for now could you flag it so my details "
     "are only used to process the refund and nothing else?",
     {"restriction"}, set()),
    ("Stop ringing me yourselves (your own sales line called on Tuesday as well), "
     "and delete every bit of information you hold about me. I will be reporting "
     "this.",
     {"erasure", "unsubscribe"}, {"phone"}),
    ("And to be completely clear: once the refund is in my account I never want to "
     "deal with Carerra again. I want my account and every bit of information you've "
     "got on me wiped off your systems.",
     {"erasure"}, set()),
    # nl (round 52)
    ("Maar ik zie echt niet in waarom jullie na al die tijd nog mijn naam, adres en "
     "e-mailadres hebben. Ik wil dat jullie niets meer van mij bewaren.",
     {"erasure"}, set()),
    ("In de app staat bij Instellingen > Account geen knop om mijn account te "
     "verwijderen, alleen \"Uitloggen\". Kunnen jullie het dan voor mij verwijderen? "
     "Gebruikersnaam: floor_w",
     {"erasure"}, set()),
    ("Ik heb ontdekt dat jullie app bijhoudt in welke winkel ik ben en welke "
     "producten ik bekijk. Daar maak ik bezwaar tegen. En het profiel dat jullie zo "
     "over mij hebben opgebouwd wil ik laten verwijderen.",
     {"erasure", "objection"}, set()),
    ("Ik wil niets, maar dan ook helemaal niets meer van jullie horen of zien. Niet "
     "in mijn mailbox, niet op mijn telefoon, niet in de bus en niet aan de lijn.",
     {"unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Oeps, ik heb per ongeluk op \"afmelden\" geklikt onderaan jullie mail, terwijl "
     "ik op de link naar de regenjassen wilde drukken. Kunnen jullie me weer op de "
     "lijst zetten?",
     {"subscribe"}, {"email"}),
]

ROUND53 = [
    # nl (round 53)
    ("Al jaren krijg ik iedere maand uw gids in de brievenbus. Het is een mooi blad "
     "hoor, daar niet van, maar ik ben inmiddels 84 jaar en mijn huis staat "
     "vol.\n\nWilt u zo vriendelijk zijn mij niet meer op te nemen voor de "
     "toezending?",
     {"unsubscribe"}, {"post"}),
]

ROUND54 = [
    # en (round 54)
    ("Hi there,\n\nI'm a Carerra Rewards member (card ending 0552) and I want to keep "
     "collecting points, so please don't cancel anything. What I don't want is the "
     "\"double points this weekend!\" texts and the little booklet of vouchers that "
     "comes in the post every month. Can those be switched off without affecting my "
     "points?\n\nThanks,\nHamish Dunbar",
     {"unsubscribe"}, {"post", "sms"}),
    ("Every single evening around half six someone from Carerra rings the landline to "
     "tell me about a kitchen event or a sofa sale. Each time I just put the phone "
     "down. I don't want to be rung. Not about kitchens, not about anything.\n\nG. "
     "Hartnell",
     {"unsubscribe"}, {"phone"}),
    ("My request came from this same email address, which should be verification "
     "enough. Please reconsider and get on with the deletion.\n\nNadia Petrossian",
     {"erasure"}, set()),
    # nl (round 54)
    ("Ik heb nog nooit iets bij Carerra gekocht en toch ligt er een catalogus met mijn "
     "naam op de mat. En die catalogus hoef ik niet.\n\nF. Jacobs",
     {"unsubscribe"}, {"post"}),
    ("Hallo! Ik krijg nu jullie sms'jes maar daar word ik niet blij van, liever niet "
     "meer. Wel zou ik graag de nieuwsbrief per mail krijgen op dit adres. Kan dat? "
     "Thanks! Fleur",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Hoi,\n\nKunnen jullie me voortaan de aanbiedingen per mail sturen in plaats van "
     "per sms? Op de maillijst sta ik volgens mij nog niet.\n\nThanks,\nRachid",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Dag,\n\nMag ik ook jullie folder in mijn bus krijgen? En de nieuwsbrief mag ook, "
     "op dit mailadres.\n\nMerci!\nKaat",
     {"subscribe"}, {"email", "post"}),
    ("Hallo,\n\nVerwijder alsjeblieft al mijn gegevens uit jullie systemen en stuur me "
     "nooit meer reclame, via welk kanaal dan ook. Klantnummer "
     "20877413.\n\nBedankt,\nLotte Schouten",
     {"erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Ik lees vandaag in het nieuws dat er bij Carerra een datalek is geweest en dat "
     "klantgegevens op straat liggen. Ik heb daar van jullie NIETS over gehoord. Geen "
     "mail, geen brief, niks. Dat is toch verplicht?\n\nIk wil dat jullie per direct al "
     "mijn gegevens verwijderen en dat ik nooit meer reclame van jullie krijg, op welke "
     "manier dan ook. En reken maar dat ik hier melding van maak bij de Autoriteit "
     "Persoonsgegevens.\n\nFemke Langeveld\nAmstelveen",
     {"complaint", "erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
]

ROUND55 = [
    # en (round 55)
    ("Hi,\n\nSomeone (I'm fairly sure it's my ex) has created a Carerra account using "
     "my email address. I keep getting order confirmations for things I've never looked "
     "at. I want that account and anything attached to my email address deleted. I'm "
     "not the account holder so I can't log in and do it myself.\n\nThanks,\nShannon "
     "Wright",
     {"erasure"}, set()),
    ("I want to know exactly what you hold about me and what was exposed. Then I want "
     "all of it deleted - clearly you can't be trusted with it.\n\nLiam Hartnett",
     {"access", "erasure"}, set()),
    # nl (round 55)
    ("Goedemiddag,\n\nMijn zoon Milan (14) heeft een klantenkaart genomen. Sindsdien "
     "krijgt hij bijna dagelijks sms'jes met aanbiedingen.\n\nWilt u de sms'jes naar "
     "zijn nummer (06-55 12 80 34) stoppen en zijn gegevens en de klantenkaart "
     "verwijderen? Ik ben zijn moeder.\n\nMet vriendelijke groet,\nPetra Zwart",
     {"erasure", "unsubscribe"}, {"sms"}),
    ("Hallo,\n\nIk lees jullie nieuwsbrief eigenlijk altijd met plezier, dus die mag "
     "gewoon blijven komen. Maar die sms'jes met \"nog maar 3 uur geldig!\" op "
     "zaterdagochtend om half acht, daar zit ik echt niet op te wachten. Kunnen jullie "
     "die voor mijn nummer uitzetten?\n\nGroet,\nMarloes Verhagen",
     {"unsubscribe"}, {"sms"}),
]

ROUND56 = [
    # en (round 56)
    ("Please remove his number, 07700 900 127, from your text messages.",
     {"unsubscribe"}, {"sms"}),
    ("Could you please put me back on the list to receive it by post. I would also"
     " not mind a telephone call when you have your sale on.",
     {"subscribe"}, {"phone", "post"}),
    ("Please close whatever account he had with you.",
     {"erasure"}, set()),
    ("I don't agree to that at all. Stop doing it, and delete whatever profile "
     "you've already built about me.",
     {"erasure"}, set()),
    ("I asked you to delete my account and your reply asks me to send a scan of my"
     " passport AND a utility bill.",
     set(), set()),
    # nl (round 56)
    ("Die dikke gids die elk kwartaal komt mag ook wegblijven.",
     {"unsubscribe"}, {"post"}),
]

ROUND57 = [
    # en (round 57)
    ("Since I downloaded your app I've been getting WhatsApp messages from a "
     "\"Carerra\" business account with offers and discount codes. I don't want "
     "them, please switch them off. I'm still happy to get my order updates by "
     "email as normal.",
     {"unsubscribe"}, {"sms"}),
    ("Hiya, the texts are doing my head in, so please stop those. But I do "
     "actually like hearing about the sales, so can you put me on the email "
     "newsletter instead?",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("But please stop doing anything else with his details - no marketing, no "
     "reminders - until probate is granted and I come back to you.",
     {"unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Before anyone sends me the usual reply: I don't want to unsubscribe. I want "
     "my entire account and all the data behind it gone. Purchase history, "
     "addresses, saved cards, the lot.",
     {"erasure"}, set()),
    # nl (round 57)
    ("Wij zijn definitief naar Spanje verhuisd. Ik zou het fijn vinden als u al "
     "onze gegevens uit uw klantenbestand haalt, ook die van mijn man.",
     {"erasure"}, set()),
    ("verwijder mn account aub ik gebruik t toch niet meer",
     {"erasure"}, set()),
]

ROUND58 = [
    # en (round 58)
    ("Please DON'T close my account – I need the order history for the warranty on"
     " my dishwasher. But I'd like you to remove my date of birth (I don't see why"
     " a homeware shop needs it) and the old mobile number 07700 900123, which I "
     "no longer use.",
     {"erasure"}, set()),
    ("I'm not making any claim and I'd really rather that footage of me wasn't "
     "kept.",
     {"erasure"}, set()),
    # nl (round 58)
    ("Ik heb een Carerra Plus-pas en krijg elke maand een envelop met "
     "kortingsbonnen thuisgestuurd. Die gebruik ik nooit. Willen jullie die "
     "envelop stopzetten? De pas zelf wil ik uiteraard houden.",
     {"unsubscribe"}, {"post"}),
    ("Ik blijk twee accounts bij jullie te hebben. Dat laatste account wil ik "
     "kwijt, met alles wat eraan hangt. Het eerste wil ik juist houden.",
     {"erasure"}, set()),
    ("Ik wil dat alle beelden van mij van die dag, en een eventuele aantekening of"
     " registratie van het voorval, worden verwijderd.",
     {"erasure"}, set()),
    ("Ik twijfelde of ik mijn account helemaal zou laten verwijderen, maar dat doe"
     " ik toch niet: ik gebruik de app nog. Wat ik wel wil is dat de reclamemails "
     "ophouden.",
     {"unsubscribe"}, {"email"}),
]

ROUND59 = [
    # en (round 59)
    ("Hi, can you stop the text messages please, they're driving me mad 🙃 but I "
     "would like to get your emails instead so I don't miss out on the sales. This "
     "email address is fine. Thanks! Becky",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Hi, I think I hit unsubscribe by mistake while I was clearing out my inbox "
     "last week - could you turn the emails back on? And the texts too while you're "
     "at it, I'd rather hear about the sales.",
     {"subscribe"}, {"email", "sms"}),
    ("I hereby withdraw my consent to receive marketing by text message. This does "
     "not affect my consent to email marketing, which I am happy to continue "
     "receiving.",
     {"unsubscribe"}, {"sms"}),
    ("1. Stop ringing me.\n2. I want to know exactly what you've got on me.\n3. Once "
     "you've told me, delete the lot.",
     {"access", "erasure", "unsubscribe"}, {"phone"}),
    # nl (round 59)
    ("Dit is nu de derde keer dat ik het vraag: STOP MET BELLEN.\n\nIn juli heb ik "
     "al tegen uw medewerker gezegd dat ik niet meer gebeld wil worden, en in "
     "augustus heb ik het hier nog eens gemaild.",
     {"complaint", "unsubscribe"}, {"phone"}),
    ("Hierbij zeg ik mijn Carerra Voordeelpas (nr. 6003 1187 2290) op. De gegevens "
     "die daarbij horen wil ik ook gewist hebben.",
     {"erasure"}, set()),
    ("En als dit allemaal is afgehandeld, wil ik dat jullie mijn account en al mijn "
     "gegevens weghalen. Bij jullie bestel ik nooit meer iets.",
     {"erasure"}, set()),
    ("Omdat we niet meer terugkomen, zou ik het prettig vinden als u mijn "
     "klantgegevens opruimt.",
     {"erasure"}, set()),
    ("Stop met het analyseren van mijn aankopen en verwijder mijn "
     "aankoopgeschiedenis.",
     {"erasure", "objection"}, set()),
]

ROUND60 = [
    # nl (round 60)
    ("Mijn klantenkaart wil ik graag houden, ik spaar voor de pannenset. Wat ik niet "
     "meer hoef zijn de enveloppen met kortingsbonnen en de folders die jullie mij "
     "thuis sturen.",
     {"unsubscribe"}, {"post"}),
    ("Belt u mij gerust als de tuinmeubelen in de uitverkoop gaan, ik zoek een "
     "loungeset maar wil niet de volle prijs betalen. Mijn nummer is 0573-452210. En "
     "zet me ook maar op de mail voor aanbiedingen.",
     {"subscribe"}, {"email", "phone"}),
]

# the rounds' tables above: what the rules alone read in each wording
@pytest.mark.parametrize(("body", "intents", "channels"), round_cases(
    round29=ROUND29, round30=ROUND30, round31=ROUND31, round32=ROUND32, round33=ROUND33,
    round34=ROUND34, round35=ROUND35, round36=ROUND36, round37=ROUND37, round38=ROUND38,
    round39=ROUND39, round41=ROUND41, round42=ROUND42, round43=ROUND43, round44=ROUND44,
    round45=ROUND45, round46=ROUND46, round47=ROUND47, round48=ROUND48,
    round49=ROUND49, round50=ROUND50, round51=ROUND51, round52=ROUND52,
    round53=ROUND53, round54=ROUND54, round55=ROUND55, round56=ROUND56, round57=ROUND57,
    round58=ROUND58, round59=ROUND59, round60=ROUND60
))
def test_the_rules_read_each_rounds_wordings(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got == intents and chans == channels, u.evidence


# rounds 41 to 43: robots the rules now read from their text (an out-of-office with no signal, a
# Spanish clinic's autoresponder whose footer offers to stop and delete, a Polish
# domain-listing scam), and two spam cues in a phishing mail about our own account
@pytest.mark.parametrize(("subject", "body", "kind"), [
    ("Away until Tuesday", "Hiya - I'm away walking the West Highland Way with no signal "
     "(hopefully!). Back online Tuesday 28th. If it's about the allotment society, ring Dave.",
     "auto_reply"),
    ("Re: Confirmación de su cita", "Gracias por escribir a Clínica Dental Sonrisa Norte.\n\n"
     "Hemos recibido su mensaje y le contestaremos lo antes posible.\n\nSi desea dejar de "
     "recibir nuestras comunicaciones o que eliminemos sus datos, indíquelo en recepción.",
     "auto_reply"),
    ("OSTATECZNE POWIADOMIENIE: wygaśnięcie domeny carerra.co", "Domena: carerra.co\nData "
     "wygaśnięcia: 02.11.2025\n\nBrak odnowienia rejestracji w wyszukiwarkach spowoduje utratę "
     "widoczności. Niniejsza wiadomość nie jest fakturą.", "spam"),
    # round 42: a Portuguese office closed over the holidays, an address switched off
    ("Re: Boas festas", "Agradecemos o seu contacto. O escritório encontra-se encerrado entre "
     "22 de dezembro e 2 de janeiro. As mensagens recebidas serão tratadas após o nosso "
     "regresso.", "auto_reply"),
    ("Conta desativada", "O endereço eletrónico paulo@hospital.example foi desativado por "
     "cessação de funções do utilizador. A sua mensagem não foi entregue.", "bounce"),
    # round 43: header-less out-of-office replies
    ("Abwesend", "Ich bin vom 20.10. bis 14.11. zur Reha und nicht erreichbar. Vertretung: "
     "Herr Brückner, Tel. 0511 3380-27.", "auto_reply"),
    ("Re: Last chance", "I'm currently off work and not checking my emails regularly. I'll "
     "get back to you as soon as I can.", "auto_reply"),
    # a school's raffle asking for a prize is a person ("prijs" is also the price)
    # round 44: a header-less out-of-office "loin de tout réseau", a parcel-fee phish, a
    # vendor's demo pitch
    ("Re: Votre avis", "Coucou ! Je suis en vadrouille en Corse jusqu'au 9 novembre, loin de "
     "tout réseau. Je lirai mes mails en rentrant (peut-être...). Bises, Lou", "auto_reply"),
    ("CTT Expresso: a sua encomenda aguarda pagamento", "A sua encomenda RR482910377PT está "
     "retida no centro de distribuição por falta de pagamento dos portes (1,99 €).\n\n"
     "Pagar agora: https://ctt.example.net/pagamento", "spam"),
    ("Réduisez la charge de votre service client", "Notre assistant IA trie les demandes RGPD "
     "et s'intègre à votre CRM. Auriez-vous 15 minutes jeudi pour une démo ?", "spam"),
    # round 45: an energy broker's pitch ("Puis-je vous appeler ..., 10 minutes ?")
    ("Vos contrats d'électricité : -22 %", "Notre cabinet de courtage a fait économiser en "
     "moyenne 22 % à des enseignes comparables. Puis-je vous appeler mardi ou jeudi, 10 "
     "minutes ?", "spam"),
    ("Sponsoring kerstmarkt", "Wij organiseren een kerstmarkt met een loterij voor het "
     "schoolplein. Zou Carerra een prijs willen sponsoren?", "human"),
    # round 48: an Italian mail server's own words
    ("Restituito: Aggiornamento della nostra informativa privacy", "Indirizzo inesistente. Il "
     "messaggio è stato restituito al mittente.\n--\nServer di posta Ceramiche Ferri snc",
     "bounce"),
    # round 51: header-less Portuguese out-of-offices (a business trip, sick leave)
    ("Ausente", "Boa tarde, estou viajando a trabalho até sexta-feira (24/10), com acesso "
     "restrito a e-mails. Retorno assim que possível.\n\nGustavo Fontana", "auto_reply"),
    ("Ausente: Fim de semana de portas abertas na Carerra", "Encontro-me de baixa médica, sem "
     "data prevista de regresso. As mensagens não serão reencaminhadas. Obrigado.",
     "auto_reply"),
    # round 52: header-less Portuguese out-of-offices (a pilgrimage, maternity leave), a
    # sales studio's pitch that offers to take us off its list
    ("Fora até dia 20", "Olá! Estou a fazer o Caminho de Santiago até dia 20 e não vou ver "
     "emails. Falamos depois!\n\nBjs,\nCatarina", "auto_reply"),
    ("Licença-maternidade", "Oi! Estou de licença-maternidade até março de 2026. Assuntos de "
     "compras e fornecedores, por favor falar com o Marcelo Antunes.\n\nObrigada!\nLetícia",
     "auto_reply"),
    ("Quick idea for the Carerra app", "Hi Carerra team,\n\nI downloaded your app last night - "
     "love the range, but checkout takes 7 taps. We're a small studio in Manchester that "
     "rebuilds retail apps in Flutter.\n\nWorth a quick chat? I can send over a 2-minute "
     "video with specific fixes.\n\nCheers,\nJamie Holt\nFounder, Brightbyte Apps\n\nP.S. If "
     "this isn't relevant, just reply STOP and I'll take you off my list.", "spam"),
    # round 53: an Italian certified-mail (PEC) non-acceptance notice, a two-line
    # Portuguese out-of-office under a reply to our shipping notice
    (" AVVISO DI NON ACCETTAZIONE: Riscontro alla Sua richiesta del 10 ottobre", "Il giorno "
     "04/11/2025 alle ore 15:22:47 (+0100) il messaggio \"Riscontro alla Sua richiesta del 10 "
     "ottobre\" proveniente da \"admin@carerra.co\" ed indirizzato a "
     "\"studio.ferrante@pec.example.it\" non è stato accettato dal sistema di posta "
     "elettronica certificata del destinatario in quanto proveniente da una casella di "
     "posta ordinaria.", "bounce"),
    ("Re: A sua encomenda CR-7703115 foi expedida", "Ausente. Regresso na segunda-feira, dia "
     "10. Obrigado.\n\nAbílio Nogueira", "auto_reply"),
])
def test_the_rules_read_robots_from_their_text(clf, subject, body, kind) -> None:
    _, _, u = rules(clf, body, subject=subject)
    assert u.kind == kind and not set(u.intents) - {"other"}, u.kind_evidence


def test_round46_an_address_going_out_of_use_carries_an_out_of_office_cue(clf) -> None:
    # the rules alone overrule it (it also asks to update our address book); the model,
    # fed the cue, reads the auto-reply
    _, _, u = rules(clf, "Attenzione: questo indirizzo non è più in uso e verrà chiuso a fine "
                         "anno. D'ora in poi vi prego di scrivermi a roberto@example.it.")
    assert sum("ooo" in c.labels for c in u.cues or ()) >= 2


def test_round41_phishing_about_our_account_carries_spam_cues(clf) -> None:
    _, _, u = rules(clf, "If you did NOT request this, click below to cancel the deletion and "
                         "secure your account.\n\nMicrosoft 365 Account Protection Team")
    assert sum("spam" in c.labels for c in u.cues or ()) >= 2
