"""French and Italian cue patterns (round 7): what the rules alone decide, so the
checks do not move with a retrained model. Each case fails if its cue is removed."""

from __future__ import annotations

import pytest

from classifiers import CHANNELS, MailInput
from tests.pattern_support import round_cases, rules

ALL = set(CHANNELS)


@pytest.mark.parametrize(("body", "intents", "channels"), [
    # fr: a stop that did not work, without a stop verb
    ("Je reçois encore vos textos de promo tous les lundis.", {"unsubscribe"}, {"sms"}),
    # fr: a list of channels closed by "tout" is every channel
    ("arretez de m ecrire, mails sms catalogues tout.", {"unsubscribe"}, ALL),
    # fr: "non merci", "coupez", "ne m'envoyez plus rien"
    ("Vos SMS du dimanche matin, non merci.", {"unsubscribe"}, {"sms"}),
    ("Coupez les appels commerciaux, je vous prie.", {"unsubscribe"}, {"phone"}),
    # fr: "effacer ... de vos fichiers" is the customer files (erasure), not a list
    ("Merci d'effacer mon numéro et mon adresse de vos fichiers.", {"erasure"}, set()),
    # fr: an erasure and an unsubscribe joined by "et" are two requests (intents.py)
    ("Merci de fermer mon compte et de me désinscrire de la newsletter.",
     {"erasure", "unsubscribe"}, {"email"}),
    # fr: a pronoun erasure after an access question (erase_ref)
    ("Où avez-vous trouvé mon numéro de portable ? Effacez-le.", {"access", "erasure"}, set()),
    # fr: location and usage statistics are objections, not marketing stops
    ("Je ne veux pas que votre appli utilise ma position pour ses offres.", {"objection"}, set()),
    # it: informal "nn"
    ("nn voglio piu ricevere le vostre mail, grz", {"unsubscribe"}, {"email"}),
    # it: "non chiamatela più" names the phone (not every channel)
    ("Vi prego di non chiamarla più, mia madre ha 90 anni.", {"unsubscribe"}, {"phone"}),
    # it: a cancelled subscription is no sign-up
    ("Vi chiedo di disdire la mia iscrizione alla newsletter.", {"unsubscribe"}, {"email"}),
    # it: removal from "your promotional emails"
    ("Togliete il mio indirizzo da tutte le vostre email promozionali.", {"unsubscribe"},
     {"email"}),
    # it: "anche no"
    ("Le vostre chiamate alle otto di sera anche no.", {"unsubscribe"}, {"phone"}),
    # it: re-activation after an accidental unsubscribe
    ("Mi sono disiscritta per sbaglio, potete riattivarmi?", {"subscribe"}, {"email"}),
    # it: a pronoun erasure after an access question (erase_ref)
    ("Da dove avete preso il mio numero? Cancellatelo.", {"access", "erasure"}, set()),
    ("Chiedo copia dei miei dati e poi la cancellazione degli stessi.", {"access", "erasure"},
     set()),
    # it: "quali dati usate"
    ("Quali dati usate per scegliere le offerte che mi mandate?", {"access"}, set()),
])
def test_round7_cues(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got == intents, u.evidence
    assert chans == channels, u.evidence


@pytest.mark.parametrize("body", [
    # fr: a retracted erasure, a finished one
    "Je vous ai demandé de supprimer mon compte, mais ne supprimez rien finalement.",
    "J'ai bien reçu la confirmation que mon compte a été supprimé, merci.",
    # it: a retracted erasure; the location switched off "on my account"
    "Vi avevo chiesto di cancellare l'account, ma non cancellate nulla per ora.",
    "Annullo la mia richiesta di cancellazione, resto cliente.",
    "La geolocalizzazione nell'app: disattivatela sul mio account.",
])
def test_round7_no_erasure(clf, body) -> None:
    got, _, u = rules(clf, body)
    assert "erasure" not in got, u.evidence


@pytest.mark.parametrize("body", [
    # fr/it: wanting to keep receiving is no sign-up
    "Arrêtez les mails, mais continuez à m'envoyer le catalogue papier.",
    "Basta sms, ma continuate a mandarmi il catalogo.",
])
def test_round7_keep_is_no_subscribe(clf, body) -> None:
    got, _, u = rules(clf, body)
    assert got == {"unsubscribe"}, u.evidence


def test_web_form_label_is_no_sms(clf) -> None:
    """ "Messaggio:" in a web-form relay is a field label, not the SMS channel."""
    got, chans, u = rules(clf, "Nome: Jo\nMessaggio: non voglio più ricevere la newsletter")
    assert got == {"unsubscribe"} and chans == {"email"}, u.evidence


def test_newsletter_footer_is_a_disclaimer(clf) -> None:
    """A newsletter sent to us: its "Per disiscriverti clicca qui" is no request."""
    got, _, u = rules(clf, "Le novità di dicembre.\nHai ricevuto questa email perché sei "
                           "iscritto. Per disiscriverti clicca qui. Per cancellare i tuoi "
                           "dati scrivi a privacy@example.it.")
    assert not got, u.evidence


# round 7b -----------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "intents"), [
    # a reminder about a product, far from the privacy request, is no complaint (intents.py)
    ("C'est la troisième fois que le livreur annule. Le pied de la table est cassé. "
     "Personne ne répond au service client. J'attends un geste. Par ailleurs, arrêtez de "
     "m'envoyer vos e-mails promotionnels.", {"unsubscribe"}),
    ("Il corriere ha annullato l'appuntamento tre volte. Il tavolo è arrivato rigato. "
     "Nessuno mi ha richiamato. Aspetto un rimborso. Intanto non mandatemi più le vostre "
     "email promozionali.", {"unsubscribe"}),
    # fr: "paiement en plusieurs fois" is no reminder
    ("Mon paiement en plusieurs fois a été refusé. Quelles données avez-vous utilisées "
     "pour cette décision ?", {"access"}),
    # a reminder about the request still is one
    ("Je vous ai écrit trois fois pour être désinscrit. Arrêtez vos mails.",
     {"complaint", "unsubscribe"}),
    ("Vi ho già scritto tre volte, cancellate i miei dati personali.", {"complaint", "erasure"}),
    # fr: "demande de correction de mon adresse"
    ("Ma demande de correction de mon adresse date d'il y a un mois.", {"rectification"}),
])
def test_round7b_reminders(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize(("subject", "body", "channels"), [
    # fr: "toujours rien" chases, it is no "nothing at all" (every channel)
    ("RE: désinscription", "Toujours rien, je reçois toujours vos pubs.", {"email"}),
    # fr: "je ne veux plus rien recevoir" is a stop of everything (the "rien" negated it)
    ("", "Je ne veux plus rien recevoir de votre part.", ALL),
    # it: the inbox is email, not the post
    ("", "Le vostre offerte finiscono nella posta indesiderata, cancellatemi dalla newsletter.",
     {"email"}),
    ("", "Controllo la posta ogni giorno e trovo tre vostre mail: disiscrivetemi.", {"email"}),
    ("", "Niente più volantini nella cassetta della posta, grazie.", {"post"}),
])
def test_round7b_channels(clf, subject, body, channels) -> None:
    got, chans, u = rules(clf, body, subject)
    assert "unsubscribe" in got and chans == channels, u.evidence


@pytest.mark.parametrize("body", [
    "Comment avez-vous eu mon numéro ? Effacez-le et ne m'envoyez plus rien par SMS.",
    "Da dove avete preso il mio numero? Cancellatelo subito.",
])
def test_pronoun_erasure_near_its_data_is_kept(clf, body) -> None:
    """A pronoun erasure right after the data it means is marked for hybrid.py, which
    keeps it against the model (the bag of words hears no erasure in "effacez-le")."""
    got, _, u = rules(clf, body)
    assert "erasure" in got and "erase-ref-near:erasure" in u.evidence, u.evidence
    out = clf.classify(MailInput(subject="", body=body, sender="Jo Bloggs <jo@example.com>"))
    assert "erasure" in out.intents, out.evidence


@pytest.mark.parametrize("body", [
    # "without deleting it" is no erasure (intents.py)
    "Ho denunciato un furto d'identità: conservate i miei dati senza cancellarli.",
    # confidentiality footers: "le supprimer" / "cancellatelo" is the message
    "Merci de me communiquer mes données personnelles. Ce courriel est confidentiel. S'il "
    "vous a été adressé par erreur, merci d'en informer l'expéditeur et de le supprimer.",
    "Chiedo copia dei miei dati personali. Se non siete il destinatario di questo messaggio, "
    "cancellatelo.",
])
def test_pronoun_erasure_false_friends(clf, body) -> None:
    got, _, u = rules(clf, body)
    assert "erasure" not in got, u.evidence


@pytest.mark.parametrize(("body", "intents"), [
    # fr: "..., et ça c'est non" refuses the mails named before it
    ("Depuis ma commande je reçois deux mails par jour, et ça c'est non.", {"unsubscribe"}),
    # "c'est non négociable" is no refusal
    ("Votre newsletter, c'est non négociable : je la lis chaque semaine.", set()),
])
def test_round7b_cest_non(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize(("body", "intents"), [
    # it: "di non utilizzarne i dati ... finché", "non voglio che li usiate ... finché"
    ("Non chiudete il suo account ma vi chiedo di non utilizzarne i dati per nessuno scopo "
     "finché non sarà dimessa.", {"restriction"}),
    ("Non voglio che li usiate per nient'altro finché la causa non è chiusa.",
     {"restriction"}),
    # it: "la data giusta è ..."
    ("Risulto nato il 12/07/1980, ma la data giusta è 07/12/1980.", {"rectification"}),
])
def test_round7b_it_restriction_rectification(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize(("body", "intents"), [
    # a reminder that names the request it chases makes that request (intents.py)
    ("Secondo sollecito alla mia richiesta di cancellazione del 3 dicembre.",
     {"complaint", "erasure"}),
    ("Où en est ma demande de suppression envoyée le 2 octobre ? Aucune réponse.",
     {"complaint", "erasure"}),
    # named without a reminder it stays weak (the model weighs it)
    ("Ho ricevuto la conferma della mia richiesta di cancellazione, grazie.", set()),
])
def test_round7b_chased_request(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize(("body", "intents"), [
    # fr: "(je ne) veux pas que vous utilisiez mes achats pour me cibler"
    ("jveux pas que vous utilisiez mes achats pour me cibler, arretez svp", {"objection"}),
    ("Je ne veux pas que vous utilisiez mes achats pour me cibler.", {"objection"}),
    # it: "vorrei sapere che dati ..."
    ("Vorrei sapere che dati sono stati conservati e per quanto tempo.", {"access"}),
])
def test_round7b_objection_access(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize(("body", "channels"), [
    # fr/it: mail that lands in the inbox / spam folder is e-mail, not post
    ("Votre courrier inonde ma boîte de réception, désinscrivez-moi.", {"email"}),
    ("Vos courriers finissent dans mes indésirables, désabonnez-moi.", {"email"}),
    ("Non voglio più trovare la vostra posta nella mia email.", {"email"}),
    # the letter box stays post; a list stays a list
    ("Je ne veux plus de votre courrier dans ma boîte aux lettres.", {"post"}),
    ("Basta posta e email, cancellatemi.", {"email", "post"}),
])
def test_round7b_inbox_is_email(clf, body, channels) -> None:
    got, chans, u = rules(clf, body)
    assert "unsubscribe" in got and chans == channels, u.evidence


@pytest.mark.parametrize(("body", "intents", "channels"), [
    # fr (round 8): Belgian "folders" are leaflets, even after "ne ... plus"
    ("Je ne souhaite plus recevoir vos folders, merci.", {"unsubscribe"}, {"post"}),
    # fr: a wish to receive mails / texts is a sign-up
    ("J'aimerais recevoir vos courriels et vos textos.", {"subscribe"}, {"email", "sms"}),
    # fr: the "pas" after "tant que" belongs to the subordinate clause
    ("Merci de ne pas utiliser ces données tant que ce n'est pas réglé.", {"restriction"}, set()),
    ("Ne vous servez plus de mon historique tant que l'enquête n'est pas finie.",
     {"restriction"}, set()),
    # fr: "remplacer X par Y", "mettre ... à la place de"
    ("Pouvez-vous remplacer 4 rue du Port par 19 quai de la Marine ?", {"rectification"}, set()),
    ("Pouvez-vous mettre le 06 00 00 12 34 à la place de l'ancien ?", {"rectification"}, set()),
    # fr: informal access questions
    ("D'où tenez-vous cette information ?", {"access"}, set()),
    ("Vous gardez quoi comme infos sur moi ?", {"access"}, set()),
    # fr: what to erase is no access question
    ("Effacez tout ce que vous avez sur moi.", {"erasure"}, set()),
    # fr: an unsubscribe done and thanked is no request; one that did not work still is
    ("Je me suis bien désabonnée, merci pour la confirmation rapide.", set(), set()),
    ("Je me suis désinscrite il y a un mois et je continue à recevoir vos mails presque "
     "tous les jours.", {"unsubscribe"}, {"email"}),
])
def test_round8_fr(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got - {"complaint"} == intents and chans == channels, u.evidence


ROUND29 = [
    # fr (round 29): "Vos mails, ça ne me dérange pas" keeps them
    ("Arrêtez les SMS et les appels. Vos mails, ça ne me dérange pas.",
     {"unsubscribe"}, {"sms", "phone"}),
    # it: "mi basta la newsletter" is enough, no stop; "la newsletter mi piace" keeps it
    ("Non chiamatemi più, per le offerte mi basta la newsletter.",
     {"unsubscribe"}, {"phone"}),
    ("Basta con le chiamate e con gli SMS, la newsletter mi piace.",
     {"unsubscribe"}, {"phone", "sms"}),
]


ROUND30 = [
    # fr (round 30): "quel que soit le moyen" is every channel
    ("Je ne veux plus recevoir la moindre sollicitation commerciale, quel que soit le moyen.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    # it: "non fatevi più vivi", "nn voglio + le vostre mail", "non mandargliene più"
    ("Eliminate tutto quello che avete su di me e non fatevi più vivi.",
     {"unsubscribe", "erasure"}, {"email", "sms", "post", "phone"}),
    ("ciao nn voglio + le vostre mail grz", {"unsubscribe"}, {"email"}),
    ("Vi chiedo di non mandargliene più.", {"unsubscribe"}, {"email"}),
]


ROUND31 = [
    # fr (round 31): "être enlevée de la newsletter" is a stop, not a sign-up; "quoi que
    # ce soit" is every channel
    ("Ne supprimez pas mon compte ! Je veux simplement être enlevée de la newsletter.",
     {"unsubscribe"}, {"email"}),
    ("Je ne veux plus recevoir quoi que ce soit de votre part.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    # it: "né email né altro" names every channel; "i msg" are texts
    ("Non voglio più ricevere niente da voi, né email né altro.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("x favore nn mandatemi + i msg cn le offerte grz", {"unsubscribe"}, {"sms"}),
]


ROUND32 = [
    # it (round 32): "la newsletter del venerdì mi piace" keeps it; "revoca, con effetto
    # immediato, ogni consenso" withdraws consent (every channel)
    ("La mia assistita revoca, con effetto immediato, ogni consenso eventualmente prestato "
     "per finalità di marketing.", {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Non mandatemi più niente per SMS, la newsletter del venerdì mi piace invece.",
     {"unsubscribe"}, {"sms"}),
]


ROUND33 = [
    # fr (round 33): "merci de me retirer de votre newsletter" (the pronoun before the
    # verb), "les SMS, plus la peine" are stops; "Je retire par ailleurs, avec effet
    # immédiat, le consentement" withdraws it (every channel)
    ("Deux choses : 1) je refuse que mes données soient partagées ; 2) merci de me retirer "
     "de votre newsletter.", {"objection", "unsubscribe"}, {"email"}),
    ("J'aime bien recevoir le catalogue. Par contre les SMS, plus la peine.", {"unsubscribe"},
     {"sms"}),
    ("Je retire par ailleurs, avec effet immédiat, le consentement que j'avais donné.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    # it: "nun me dovete più chiamà" (Roman), "Gli SMS invece toglieteli" are stops; "la
    # mail la guardo poco" names the channel not to use
    ("Aho, nun me dovete più chiamà!", {"unsubscribe"}, {"phone"}),
    ("Preferisco le promozioni per email. Gli SMS invece toglieteli, il telefono è quello "
     "del lavoro.", {"unsubscribe"}, {"sms"}),
    ("ciao, vorrei ricevere le offerte flash via sms, la mail la guardo poco.", {"subscribe"},
     {"sms"}),
]


ROUND34 = [
    # fr (round 34): "Vous aviez dit que tout était supprimé" reports an erasure not done
    ("Vous aviez dit que tout était supprimé. Supprimez vraiment mes données cette fois.",
     {"complaint", "erasure"}, set()),
    # it: "qualunque cosa" after a list is every channel; "non gli SMS con le promozioni"
    # stops the texts, and "mandatemi solo gli avvisi di consegna" signs up to nothing
    ("Smettete di contattarmi: email, sms, lettere, qualunque cosa.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Ho cambiato numero, aggiornate il profilo. Sul nuovo numero però mandatemi solo gli "
     "avvisi di consegna, non gli SMS con le promozioni.", {"rectification", "unsubscribe"},
     {"sms"}),
]


ROUND35 = [
    # fr (round 35): "mon adresse électronique" names the e-mail; "retirer mon numéro, le 06
    # ..., de cette liste" stops; "je ne commande plus que par téléphone" is no channel
    ("Par la présente, je vous demande de cesser l'envoi de tout message promotionnel à mon "
     "adresse électronique professionnelle.", {"unsubscribe"}, {"email"}),
    ("Je lis volontiers votre newsletter du jeudi, aucun souci de ce côté-là, continuez. Par "
     "contre les SMS promotionnels, c'est trop : merci de retirer mon numéro, le 06 71 42 18 "
     "90, de cette liste.", {"unsubscribe"}, {"sms"}),
    ("Je ne commande plus que par téléphone à ma fille. Je vous serais reconnaissante de ne "
     "plus m'envoyer le catalogue.", {"unsubscribe"}, {"post"}),
    # it: "nun ve voglio più sentì" (Roman) is a stop on every channel; "Gli SMS invece no"
    # stops them; "Le email non le leggo mai" names the channel not to use
    ("Basta, nun ve voglio più sentì. Né promozioni, né concorsi, né auguri de compleanno.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("La newsletter del giovedì mi piace e vorrei continuare a riceverla. Gli SMS invece no, "
     "soprattutto quelli della domenica.", {"unsubscribe"}, {"sms"}),
    ("Quando ci sono promozioni sulle cucine potete telefonarmi? Le email non le leggo mai, "
     "il telefono sì.", {"subscribe"}, {"phone"}),
    # it: "vi prego di sostituirlo con questo" (a web form's new address) corrects it
    ("Il mio vecchio indirizzo mirko@vecchio.example non esiste più, vi prego di "
     "sostituirlo con questo in tutti i vostri sistemi.", {"rectification"}, set()),
]


ROUND36 = [
    # fr (round 36): "et évidemment plus aucun mail de votre part" stops
    ("Merci de supprimer mon compte et toutes les données qui vont avec, et évidemment plus "
     "aucun mail de votre part.", {"erasure", "unsubscribe"}, {"email"}),
    # it: "alcun tipo di comunicazione commerciale" is every channel; "tutto tranne le
    # telefonate" declines the phone
    ("Vi chiedo di chiudere il mio account sul sito, di cancellare tutti i miei dati e di "
     "non mandarmi più alcun tipo di comunicazione commerciale.", {"erasure", "unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Voglio ricevere tutto tranne le telefonate: newsletter, SMS e anche il catalogo a "
     "casa.", {"subscribe"}, {"email", "sms", "post"}),
]


ROUND37 = [
    # it (round 37): a deletion reported done asks none
    ("Ora risulta tutto cancellato e va bene così, non chiedo altro.", set(), set()),
]

ROUND38 = [
    # fr (round 38): a subscription stated is none asked; "ce sont les SMS que je ne veux
    # plus" stops them; a footer's "merci de le détruire" asks nothing
    ("Je suis abonnée à votre newsletter et elle me convient très bien, gardez-la. Ce sont "
     "les SMS que je ne veux plus : j'en reçois parfois deux par jour.", {"unsubscribe"},
     {"sms"}),
    ("Ce courriel et les documents qui y sont joints peuvent contenir des données "
     "personnelles. Si vous n'en êtes pas le destinataire, merci de le détruire et d'en "
     "avertir l'expéditrice.", set(), set()),
    # it (round 38): "vorrei uscire da quella lista"; "non mandatemi più niente." is every
    # channel, "... niente su WhatsApp" is not
    ("Lo sconto l'ho usato, ma adesso ricevo messaggi tutti i giorni. Vorrei uscire da "
     "quella lista.", {"unsubscribe"}, {"sms"}),
    ("Non scrivetemi, non chiamatemi, non mandatemi più niente.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Non mi interessa, per favore non mandatemi più niente su WhatsApp.", {"unsubscribe"},
     {"sms"}),
]

ROUND39 = [
    # fr (round 39): "ne me rappelez plus" stops the calls
    ("Je veux savoir comment vous avez obtenu mon numéro. Et ne me rappelez plus.",
     {"access", "unsubscribe"}, {"phone"}),
]

ROUND41 = [
    # fr (round 41): text-speak; someone else's subscription stated, then a stop with his
    # pronoun; calls declined "et je n'en veux pas"; every channel in "sous quelque forme
    # que ce soit"; a past participle states a subscription; "ne veux rater aucune promo"
    ("slt vos mails me spam grave genre 2 par jour jveux plus les recevoir mrc",
     {"unsubscribe"}, {"email"}),
    ("Mon père a 87 ans et il est inscrit à votre newsletter. Je gère ses mails avec son "
     "accord : merci de le retirer de la newsletter.", {"unsubscribe"}, {"email"}),
    ("Merci d'effacer mon numéro de téléphone de vos fichiers. On m'appelle pour des "
     "promotions et je n'en veux pas.", {"erasure", "unsubscribe"}, {"phone"}),
    ("Je ne veux plus avoir de vos nouvelles, sous quelque forme que ce soit.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Elle semble avoir été inscrite à votre newsletter lors d'un achat professionnel. Merci "
     "de la retirer de votre liste de diffusion.", {"unsubscribe"}, {"email"}),
    ("Inscrivez-moi à tout : mails, SMS, catalogues, et même les appels ! Je ne veux rater "
     "aucune promo.", {"subscribe"}, {"email", "sms", "post", "phone"}),
    # fr (round 41): the answer to an erasure request reported, no erasure asked
    ("Vous me répondez qu'avant de supprimer mes données vous devez vérifier s'il reste des "
     "commandes en cours.", set(), set()),
    # it (round 41): a deletion done and acknowledged; "invece no" declines the texts
    ("Prendo atto che finalmente l'account è stato cancellato. Ci avete messo tre mesi.",
     set(), set()),
    ("La newsletter continuate pure a mandarmela. I messaggini sul telefono invece no, "
     "grazie.", {"unsubscribe"}, {"sms"}),
]

ROUND42 = [
    # fr (round 42): an order removed from the account is no erasure
    ("Pouvez-vous annuler ma commande 2025-130558 et la supprimer de mon compte, je me suis "
     "trompé de couleur.", set(), set()),
    # it (round 42): "non essere più contattato"
    ("Vorrei non essere più contattato né per telefono né tramite SMS per offerte "
     "commerciali.", {"unsubscribe"}, {"phone", "sms"}),
]

ROUND43 = [
    # fr (round 43): "jsuis plus trop intéressé" (no "ne") declines, no sign-up;
    # "vous pouvez m'enlever svp ?"
    ("slt, jsuis plus trop intéressé par vos pubs par sms et par mail, vous pouvez "
     "m'enlever svp ? mrc", {"unsubscribe"}, {"sms", "email"}),
]

ROUND44 = [
    # fr (round 44): "suprimer moi de partout", "plus etre dans vos fichié" (a learner's
    # spelling) erase
    ("je veut plus etre dans vos fichié, suprimer moi de partout. merci", {"erasure"}, set()),
    # it (round 44): "gli invii postali" are post; "non sopporto i messaggini" declines them
    # beside a kept newsletter; "mandatemela pure" signs up
    ("Vi chiedo di interrompere sia le chiamate sia gli invii postali a suo nome.",
     {"unsubscribe"}, {"phone", "post"}),
    ("La newsletter via email mi fa piacere riceverla e vorrei continuare così. Quello che "
     "non sopporto sono i messaggini sul cellulare.", {"unsubscribe"}, {"sms"}),
    ("Avevo tolto la spunta per la newsletter, adesso ci ho ripensato: mandatemela pure.",
     {"subscribe"}, {"email"}),
]

ROUND45 = [
    # fr (round 45): "supprimer mon conte" (a learner's spelling) erases
    ("bjr vous pouvez supprimer mon conte svp je men sert plus", {"erasure"}, set()),
    # it (round 45): "che nessuno ... mi contatti più" is every channel; "le liste per le
    # spedizioni", "la cartolina ... che mi spedite a casa" are post
    ("Voglio che nessuno, né voi né i vostri partner, mi contatti più per nessun motivo.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Vi prego di togliere il suo nominativo dalle liste per le spedizioni e per le chiamate.",
     {"unsubscribe"}, {"phone", "post"}),
    ("Non desidero più ricevere le vostre email, e nemmeno la cartolina di auguri che mi "
     "spedite a casa.", {"unsubscribe"}, {"email", "post"}),
]

ROUND46 = [
    # fr (round 46): "je voudrai plus recevoir" ("ne" dropped) stops; "vous pouvez m'appeler"
    # when the private sales come signs up
    ("bonjour je voudrai plus recevoir le catalogue papier ni les mails de promo merci bcp",
     {"unsubscribe"}, {"email", "post"}),
    ("Quand il y a des ventes privées, vous pouvez m'appeler au 02 41 66 73 05. Et "
     "envoyez-moi aussi le catalogue.", {"subscribe"}, {"phone", "post"}),
    # it (round 46): our mail deleted by mistake asks nothing; "Potete ricominciare a
    # mandarmelo a casa?" signs up again
    ("Ho cancellato per sbaglio la vostra email con il codice sconto (stavo svuotando la "
     "casella e l'ho eliminata insieme a tutto il resto). Potete rimandarmela?", set(), set()),
    ("Due anni fa avevo chiesto di non ricevere più il vostro catalogo. Potete ricominciare a "
     "mandarmelo a casa?", {"subscribe"}, {"post"}),
]

ROUND47 = [
    # fr (round 47)
    ("Et tant que vous y êtes : plus besoin du catalogue papier, je regarde tout sur le site.",
     {"unsubscribe"}, {"post"}),
    ("J'en ai fini avec votre enseigne. Débarrassez-vous de tout ce que vous avez sur moi.",
     {"erasure"}, set()),
    ("Je ne veux pas qu'il reste la moindre trace de moi chez vous.", {"erasure"}, set()),
    # it (round 47)
    ("Vi chiedo la cessazione immediata di qualsiasi invio di materiale pubblicitario a suo "
     "nome, per posta, email, SMS o telefono.", {"unsubscribe"},
     {"email", "phone", "post", "sms"}),
    ("Ho chiuso con voi. Fatemi sparire dai vostri archivi: nome, indirizzo, tutto.",
     {"erasure"}, set()),
    ("bloccate x ora il mio account finche nn risolviamo la storia del rimborso. poi vi dico io "
     "se cancellare tutto o no", {"restriction"}, set()),
    ("Vorrei essere avvisato per telefono quando fate le offerte sui materassi, io le email non "
     "le uso.", {"subscribe"}, {"phone"}),
]

ROUND48 = [
    # fr (round 48)
    ("Je ne veux plus jamais avoir de vos nouvelles. D'aucune façon.", {"unsubscribe"},
     {"email", "phone", "post", "sms"}),
    ("Je veux continuer à recevoir la newsletter du jeudi, mais je ne veux plus les textos "
     "promotionnels.", {"unsubscribe"}, {"sms"}),
    # it (round 48)
    ("salve vorei chiudere la carta fedelta e che cancelate tutti i miei dati dal vostro "
     "sistema.", {"erasure"}, set()),
    ("Voglio che smettiate di contattarmi per qualunque promozione.", {"unsubscribe"},
     {"email", "phone", "post", "sms"}),
]

ROUND49 = [
    # fr (round 49)
    ("Je vous demande de me retirer de l'ensemble de vos fichiers commerciaux : courrier, "
     "téléphone, e-mail et SMS.\nMon compte client et ma carte restent actifs.",
     {"unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("j'ai créé un compte chez vous quand j'avais 14 ans et maintenant je voudrais qu'il "
     "disparaisse avec toutes les infos dessus. c possible ?", {"erasure"}, set()),
    # it (round 49)
    ("Vorrei sapere da dove avete preso il mio numero.\nE ovviamente non voglio essere più "
     "chiamato.", {"access", "unsubscribe"}, {"phone"}),
    ("Vi chiedo di cancellare dal vostro archivio il mio numero di cellulare e di non mandarmi "
     "più i vostri sms.", {"erasure", "unsubscribe"}, {"sms"}),
]

ROUND50 = [
    # fr (round 50)
    ("RAYEZ-MOI DE VOTRE FICHIER CLIENTS, JE VEUX DISPARAITRE DE VOTRE BASE.", {"erasure"},
     set()),
    ("bjr jarrive pas a supprimer mon compte ds lappli, vous pouvez le faire svp", {"erasure"},
     set()),
    ("Mon nom, mon adresse : je ne veux plus que tout ça traîne dans vos ordinateurs.",
     {"erasure"}, set()),
    ("Au passage, plus la peine de m'envoyer le catalogue papier.", {"unsubscribe"},
     {"post"}),
    ("J'ai déposé une plainte auprès de la CNIL concernant l'utilisation de mon numéro après "
     "la clôture de mon compte en mars dernier.", {"complaint"}, set()),
    # it (round 50)
    ("ieri mi avete finalmente confermato la cancellazione dei miei dati. Non vi chiedo "
     "altro.", set(), set()),
    ("E comunque gli SMS con le offerte non li voglio.", {"unsubscribe"}, {"sms"}),
    ("Continuiamo a ricevere il vostro catalogo cartaceo. Vi preghiamo di togliere il nostro "
     "indirizzo (Via Settevalli 320, Perugia) dalle vostre spedizioni.", {"unsubscribe"},
     {"post"}),
]

ROUND51 = [
    # fr (round 51)
    ("Je ne veux plus figurer dans vos fichiers, sous aucun nom (ni Carole Vidal, ni Carole "
     "Bastide, j'ai dû m'inscrire sous les deux). Merci de faire le nécessaire.",
     {"erasure"}, set()),
    ("Pouvez-vous mettre à jour l'adresse de mon compte ? Par contre, le catalogue, ne me "
     "l'envoyez plus du tout, je regarde tout sur le site.", {"rectification", "unsubscribe"},
     {"post"}),
    # it (round 51)
    ("Già che ci sono: non desidero ricevere comunicazioni promozionali di alcun tipo, mi "
     "bastano le mail che riguardano i miei ordini.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("Toglietemi da tutte le vostre liste, non voglio più sentirvi in nessun modo, e levate di "
     "mezzo i miei dati, account compreso.", {"erasure", "unsubscribe"},
     {"email", "sms", "phone", "post"}),
    ("Adesso vorrei che il mio profilo e i dati lasciati per il concorso venissero eliminati, "
     "non ho altri rapporti con voi.", {"erasure"}, set()),
    ("Sono passati due mesi e ho ricevuto solo questa risposta automatica. Nessuno ha "
     "cancellato niente: l'account è ancora attivo. Procedete con la cancellazione come "
     "richiesto oppure mi rivolgo al Garante.", {"complaint", "erasure"}, set()),
]

ROUND52 = [
    # fr (round 52)
    ("Merci de remplacer l'ancienne adresse par : 27 chemin des Oliviers, 84130 Le "
     "Pontet. Par contre, pas la peine de nous renvoyer le gros catalogue à la "
     "nouvelle adresse, on regarde tout sur le site maintenant.",
     {"rectification", "unsubscribe"}, {"post"}),
    # it (round 52)
    ("Voglio che cancelliate il mio numero e tutti i miei dati, e smettetela anche "
     "di mandarmi i vostri SMS con le promozioni.",
     {"erasure", "unsubscribe"}, {"sms"}),
    ("Buongiorno, io non ho la posta elettronica, questa è di mio genero. Vorrei "
     "essere informato delle vostre offerte per telefono oppure con una lettera a "
     "casa, come facevate una volta.",
     {"subscribe"}, {"phone", "post"}),
]

ROUND53 = [
    # fr (round 53)
    ("Je vois dans votre politique de confidentialité qu'on peut demander la "
     "suppression de son compte : ce n'est PAS ce que je veux, j'ai 35 € de bons "
     "d'achat dessus.\nJe souhaite simplement ne plus recevoir vos courriels "
     "promotionnels.",
     {"unsubscribe"}, {"email"}),
    ("Ma demande de suppression de compte a bien été traitée depuis, merci. Mais je "
     "tiens à signaler la façon dont votre service client m'a demandé de prouver mon "
     "identité au téléphone : une photo recto verso de ma carte d'identité. Je "
     "trouve ça totalement disproportionné et, pour tout dire, inquiétant.",
     {"complaint"}, set()),
    ("Pouvez-vous la mettre à jour sur mon compte pour les livraisons ?\n\nPar "
     "contre, inutile de faire suivre le catalogue à la nouvelle adresse, on ne le "
     "regardait plus.",
     {"rectification", "unsubscribe"}, {"post"}),
    ("C'est inadmissible. Je veux que vous effaciez toutes mes données, et que plus "
     "personne chez vous ne me contacte, ni par téléphone, ni par mail, ni par "
     "courrier, ni par SMS.",
     {"erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    # it (round 53)
    ("Salve, vorrei cambiare le mie preferenze ma dal sito non ci riesco (la pagina "
     "si ricarica e basta).\nNiente email e niente SMS, grazie, però il catalogo di "
     "carta mi piacerebbe riceverlo a casa, quello lo sfoglio volentieri.",
     {"subscribe", "unsubscribe"}, {"email", "post", "sms"}),
    ("il numero di cellulare che vi ho lasciato alla cassa è quello aziendale e non "
     "posso riceverci messaggi pubblicitari: vi chiedo di togliere gli SMS "
     "promozionali. In compenso vorrei essere iscritto alla newsletter con questo "
     "indirizzo, che finora non ha mai ricevuto nulla.",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Voglio che vengano cancellati davvero, stavolta, e che questi SMS finiscano. E "
     "vorrei anche una spiegazione di come sia potuto succedere.",
     {"erasure", "unsubscribe"}, {"sms"}),
]

ROUND54 = [
    # fr (round 54)
    ("Bonjour,\n\nJe veux que vous supprimiez mon numéro de portable de vos fichiers, "
     "et que vos SMS s'arrêtent. Je garde mon compte pour commander en ligne, mais sans "
     "numéro.\n\nMerci,\nYasmine Chérif",
     {"erasure", "unsubscribe"}, {"sms"}),
    ("Salut, depuis que j'ai fait ma carte fidélité au magasin de Montpellier vous "
     "m'envoyez des promos sur WhatsApp. Je savais même pas que c'était possible 😅 J'en "
     "veux pas, vous pouvez arrêter ? Merci. Inès",
     {"unsubscribe"}, {"sms"}),
    ("bonjour svp efacer mon conte et toute mes donée jai plus besoin merci "
     "beaucou\nmarie-france",
     {"erasure"}, set()),
    ("Bonjour,\n\nNous allons changer tous les matelas. Vous pouvez m'appeler quand il "
     "y a des promotions sur la literie, je préfère qu'on m'explique de vive voix "
     "plutôt que de lire des mails.\n\nBernard Chabert",
     {"subscribe"}, {"phone"}),
    ("Bonjour,\nJ'ai déménagé à l'étranger et je ne serai plus client. Merci de me "
     "retirer de toutes vos listes et de supprimer mon compte client ainsi que les "
     "données associées.\nOlivier Ferrand",
     {"erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    # it (round 54)
    ("Non voglio più avere niente a che fare con voi. Non scrivetemi, non chiamatemi, "
     "non mandatemi più niente di niente. Grazie.\n\nG. Santoro",
     {"unsubscribe"}, {"email", "phone", "post", "sms"}),
]

ROUND55 = [
    # fr (round 55)
    ("Bonjour,\n\nVos SMS promotionnels arrivent à des heures impossibles, je préfère "
     "les arrêter. Par contre je veux bien recevoir votre newsletter par e-mail, je "
     "crois que je n'y suis pas inscrite. Mon adresse : celle-ci.\n\nMerci,\nAnaïs "
     "Lemaire",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    # it (round 55)
    ("Buongiorno, preferirei ricevere le vostre offerte per email invece che per SMS: "
     "il telefono mi vibra in continuazione mentre lavoro. Potete togliere il mio "
     "numero (340 288 1765) e iscrivere questo indirizzo alla "
     "newsletter?\nGrazie\nRiccardo Fabbri",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Salve,\npremetto una cosa perché l'ultima volta che ho chiesto qualcosa di simile "
     "a un altro negozio mi hanno cancellato tutto: NON voglio eliminare il mio account "
     "né la carta fedeltà, ho ancora 2.300 punti da spendere.\nVoglio solo smettere di "
     "ricevere le vostre email promozionali. Tutto qui.\n\nGrazie,\nRoberto Cassani",
     {"unsubscribe"}, {"email"}),
]

ROUND56 = [
    # fr (round 56)
    ("Supprimez mes données, arrêtez TOUT contact.",
     {"erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    # it (round 56)
    ("mi chiamate spesso al cellulare per propormi offerte e vi chiedo di "
     "smettere: al telefono non compro niente.",
     {"unsubscribe"}, {"phone"}),
    ("il vostro catalogo di duecento pagine arriva puntuale a ogni cambio di "
     "stagione. Potreste evitare di spedirmelo?",
     {"unsubscribe"}, {"post"}),
    ("Ciao, ho cambiato numero di cellulare: quello nuovo è 351 902 7741. Il "
     "vecchio, 328 615 0093, non è più mio, quindi cancellatelo dal mio profilo e "
     "mettete quello nuovo.",
     {"rectification"}, set()),
]

ROUND57 = [
    # fr (round 57)
    ("Bonjour, pouvez-vous désactiver les alertes promos par texto pour le numéro "
     "07 68 22 91 05 ? C'est le téléphone de ma fille de 12 ans.",
     {"unsubscribe"}, {"sms"}),
    ("Notre client vous demande l'effacement de l'ensemble des données "
     "personnelles le concernant, en application de l'article 17 du RGPD, et "
     "retire, en tant que de besoin, tout consentement qu'il aurait pu donner au "
     "traitement de ses données.",
     {"erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Je vous demande d'effacer les enregistrements où j'apparais ce jour-là : il "
     "n'y a eu aucun incident.",
     {"erasure"}, set()),
    # it (round 57)
    ("Con la presente si chiede: 1) la cancellazione, ai sensi dell'art. 17 del "
     "Regolamento (UE) 2016/679, di tutti i dati personali della mia assistita.",
     {"erasure"}, set()),
    ("Non voglio più sentirvi, né leggervi, né vedervi nella mia cassetta della "
     "posta. Sono stata chiara?",
     {"unsubscribe"}, {"email", "phone", "post", "sms"}),
]

ROUND58 = [
    # fr (round 58)
    ("Mettez-le à jour pour les livraisons mais par contre pas de SMS de pub sur "
     "celui-là, j'en avais marre sur l'ancien.",
     {"unsubscribe"}, {"sms"}),
]

ROUND59 = [
    # fr (round 59)
    ("Pourriez-vous me désabonner de votre infolettre? Je reçois aussi vos textos "
     "depuis mon achat au magasin du Quartier DIX30, je veux que ça arrête aussi.",
     {"unsubscribe"}, {"email", "sms"}),
    ("Je n'ai pas internet sur mon téléphone et je ne lis pas beaucoup mes mails. "
     "Quand il y a des ventes privées, est-ce que vous pourriez plutôt m'appeler ?",
     {"subscribe"}, {"phone"}),
    ("Bonjour, je voudrais d'abord savoir quelles informations vous avez sur moi, "
     "puis que vous effaciez l'ensemble. Merci.",
     {"access", "erasure"}, set()),
    ("Faites disparaître tout ce que vous avez sur moi de vos systèmes : nom, "
     "adresse, numéro, historique d'achats, tout.",
     {"erasure"}, set()),
    ("Je voudrais que vous fermiez mon compte et ma carte de fidélité et que vous "
     "effaciez les données qui vont avec.\n\nEn revanche, inutile de me retirer de "
     "la newsletter : je la reçois sur une autre adresse, qui n'est pas liée au "
     "compte, et elle me plaît bien.",
     {"erasure"}, set()),
    # it (round 59)
    ("Ciao, gli SMS con le offerte non li sopporto più, disattivateli per favore "
     "(348 009 6612). In compenso non ho mai ricevuto la newsletter via email e mi "
     "piacerebbe, iscrivetemi con questo indirizzo.",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
]

ROUND60 = [
    # it (round 60)
    ("con la presente comunico che non desidero più essere contattato in alcun modo "
     "per finalità commerciali o promozionali da parte della Vostra società.",
     {"unsubscribe"}, {"email", "phone", "post", "sms"}),
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
