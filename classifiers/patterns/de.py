# ruff: noqa: E501
"""German cues. Words are folded (ö -> o, ß -> ss); inner hyphens are dropped before
tokenising, so compounds arrive closed ("Werbe-E-Mails" -> "werbeemails") and are
matched with whole-token regexes (``~...``)."""

NEGATION = ["nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals",
            "weder"]
POST_NEGATION = ["nicht", "keinesfalls", "nie"]
BREAKERS = ["aber", "sondern", "jedoch", "allerdings", "nur", "lediglich", "trotzdem",
            "dennoch", "hingegen", "stattdessen"]
SUBORDINATORS = ["dass", "weil", "da", "wenn", "falls", "ob", "warum", "wieso", "weshalb", "als",
                 "obwohl", "welche", "welcher", "was", "wie", "bitte", "damit", "bis"]

MKT = r"~\w*(mails?|newsletter\w*|werbung|werbe\w*|angebote?|prospekte?|katalog\w*|post|briefe?|sms|anrufe?|nachrichten|mailings?|infos?|informationen|zusendungen|aktionen|kontaktaufnahmen?)"
SUBMKT = r"~\w*(newsletter\w*|katalog\w*|angebote?|prospekte?|werbung|infos|neuigkeiten|aktionen|rabatte?|gutscheine?|mailings?|informationen)"
LISTN = r"~\w*(verteiler\w*|liste|listen|newsletter\w*|mailing\w*|adressliste\w*)"
OBJ = r"~\w*(daten|datensatz|datensatze|konto|konten|account|profil|profile|angaben|informationen)|alles|kundenkonto|kundendaten"
DEL = r"~(losch|loesch|geloscht|geloescht|entfern|vernicht|tilg)\w*"
FIELD = r"~\w*(name|namen|adresse|anschrift|geburtsdatum|datum|nummer|telefonnummer|postleitzahl|plz|strasse|hausnummer|angaben|daten|email|emailadresse|wohnort|titel|schreibweise)"
DATA = r"~\w*(daten|informationen|angaben)"

PATTERNS = {
    "unsubscribe": [
        r"~\w*(abmeld|abbestell|abzumeld|abzubestell|austrag|auszutrag)\w*",
        "nehmen|nehmt|tragen|tragt|streichen|streicht|entfernen|entfernt|nimm|trag ...3 mich|uns|meine ...6 aus|von ...3 " + LISTN,
        "aus|von ...3 " + LISTN + " ...3 austragen|nehmen|streichen|entfernen|herausnehmen|rausnehmen",
        "mochte|will|wunsche|wollen|mochten ...4 kein|keine|keinen|keinerlei|nicht ...4 " + MKT,
        "kein|keine|keinen|keinerlei|nicht ...4 " + MKT + " ...6 mehr",
        "kein|keine|nicht mehr ...6 " + MKT,
        MKT + " ...4 nicht mehr",
        "keine weiteren ...3 " + MKT,
        "hort|horen|hor ...3 auf ...8 schicken|senden|zuzusenden|zusenden|anzurufen|kontaktieren|zu|mailen|zuschicken",
        "unterlassen|stoppen|stoppt|einstellen ...6 " + MKT,
        MKT + " ...6 stoppen|einstellen|unterlassen|abstellen",
        "kundig*|beend* ...4 newsletter*|abo|abonnement|abonnements",
        "newsletter*|abo|abonnement ...4 kundig*|beenden",
        "nicht mehr ...4 anschreiben|anrufen|anzurufen|mailen|anzuschreiben|zuschicken|zusenden|schicken|senden",
        "werbewiderspruch",
    ],
    "unsubscribe+all_channels": [
        "nicht mehr ...4 kontaktieren|kontaktiert|kontakt|kontaktaufnahme",
        "kein|keinen|keinerlei kontakt ...4 mehr",
        "keine|keinerlei werbung|kontaktaufnahme ...4 mehr",
        "hort|horen ...3 auf ...6 kontaktieren",
    ],
    "withdraw": [
        r"~(widerruf|widerrief|zuruckzieh|entzieh)\w* ...6 ~\w*(einwilligung|zustimmung|einverstandnis|einwilligungen)\w*",
        r"~\w*(einwilligung|zustimmung|einverstandnis)\w* ...8 ~(widerruf|widerrufe|widerrufen|zuruck|zuruckziehen|zuruckgezogen|entziehe|entzogen)\w*",
    ],
    "subscribe": [
        "hatte|hatten|mochte|mochten|wurde|will|wunsche|gern|gerne ...4 " + SUBMKT,
        SUBMKT + " ...6 abonnieren|bestellen|erhalten|bekommen|beziehen|zusenden|haben ...2 mochte|mochten|will|wurde|gern|gerne",
        r"~(anmeld|abonnier|anzumeld|eintrag)\w* ...4 " + SUBMKT,
        SUBMKT + r" ...4 ~(anmeld|abonnier|anzumeld|eintrag)\w*",
        "melden|meldet|tragen|tragt|nehmen|nehmt ...2 mich|uns ...6 an|ein|auf",
        "mich|uns ...3 " + LISTN + " ...2 aufnehmen|eintragen|hinzufugen",
        "schicken|senden ...2 sie|mir ...3 " + SUBMKT,
    ],
    "access": [
        r"~\w*(datenauskunft|selbstauskunft|auskunftsersuch|auskunftsanfrage|auskunftsrecht|auskunftsanspruch|auskunftsverlangen|auskunftsantrag)\w*",
        "auskunft ...8 " + DATA + r"|gespeichert|~personenbezogen\w*|dsgvo|art|mich|verarbeit*|speicher*",
        "welche|was ...4 " + DATA + " ...8 gespeichert|speichern|verarbeiten|verarbeitet|haben|vorliegen|hinterlegt|gesammelt|besitzen|halten",
        "kopie|ubersicht|aufstellung ...4 " + DATA,
        r"~\w*(video|kamera|uberwachungs)\w*(aufnahme|aufzeichnung|material|bild)\w*",
        r"aufnahmen|aufzeichnungen|videomaterial ...6 ~(kamera|video|uberwach)\w*",
        "wissen|erfahren ...4 welche|was ...4 " + DATA,
        "woher ...4 meine ...2 " + DATA + r"|adresse|~\w*(email|mail|nummer)\w*",
        "recht auf auskunft",
    ],
    "erasure": [
        DEL + " ...6 " + OBJ,
        OBJ + " ...6 " + DEL,
        r"~(loschung|loeschung|datenloschung|kontoloschung|loschantrag|loschbegehren|loschanfrage|loschungsantrag|loschungsersuchen)\w*",
        r"~\w*(konto|account|profil) ...4 ~(schliess|schlies|kundig|auflos|deaktivier)\w*",
        r"~(schliess|schlies|kundig|auflos|deaktivier)\w* ...4 ~\w*(konto|account|profil)",
        "vergessenwerden", "vergessen werden",
        "recht auf loschung|vergessenwerden",
    ],
    "list_target": ["aus|von ...3 " + LISTN],
    "rectification": [
        r"~(berichtig|korrigier|aktualisier|abander|anpass|andern|aendern|ander)\w* ...6 " + FIELD,
        FIELD + r" ...8 ~(berichtig|korrigier|aktualisier|andern|abander|anpass)\w*",
        "berichtigung|korrektur", "recht auf berichtigung",
        "neue|neuer|neuen ...2 adresse|anschrift|nachname|name|emailadresse|telefonnummer ...2 lautet|ist",
    ],
    "rectification/weak": [
        FIELD + " ...4 falsch|fehlerhaft|veraltet|unrichtig|inkorrekt|nicht korrekt|stimmt",
        "falsch|fehlerhaft ...2 hinterlegt|gespeichert|geschrieben",
        "richtig|korrekt ist|lautet|ware|waere", "das|dies|es ...2 bitte ...2 andern|korrigieren|berichtigen",
        "geheiratet|umgezogen|tippfehler|schreibfehler",
    ],
    "portability": [
        r"~(maschinenlesbar|datenubertragbarkeit|ubertragbarkeit|portabilitat|datenportabilitat)\w*",
        r"~(ubermitt|ubertrag|transferier|weiterleit|senden|schicken)\w* ...8 an ...3 ~\w*(unternehmen|anbieter|firma|dienst|gesellschaft|verantwortlich)\w*",
        r"~\w*(export|datenexport)\w*", "gangigen|strukturierten ...3 format",
    ],
    "restriction": [
        r"~(einschrank|einzuschrank)\w* ...4 ~\w*(verarbeitung|nutzung)\w*",
        r"~\w*(verarbeitung|nutzung)\w* ...4 ~(einschrank|einzuschrank|eingeschrank)\w*",
        r"~\w*daten\w* ...4 ~(sperr|gesperrt)\w*", r"~(sperr|sperrung)\w* ...4 ~\w*daten\w*",
        "nur noch|ausschliesslich ...4 speicherung|speichern|gespeichert|aufbewahrung|aufbewahren",
        "bis zur ...2 klarung|prufung|entscheidung|klaerung",
        "nichts anderes|weiter ...4 nutzen|verwenden|verarbeiten",
    ],
    "restriction/weak": [
        "nicht mehr ...3 nutzen|verwenden|verarbeiten",
    ],
    "objection": [
        r"~\w*(widerspruch|widerspreche|widersprechen|widersprochen)\w*",
        "keine ...3 " + r"~\w*(auswertung|profil|profiling|profilbildung|tracking|analyse|personalisierung|bewertung|scoring)\w*",
        "nicht ...6 " + r"~(auswert|analysier|tracken|profil|personalisier|bewert|scor|verkauf|weitergeb|weiterzugeb)\w*",
        r"~(trackingpixel|zahlpixel|spionagepixel|lesebestatigung)\w*",
    ],
    "objection/weak": ["nicht ...2 einverstanden", "berechtigt* interess*"],
    "complaint": [
        r"~(datenpanne|datenleck|datenschutzverstoss|datenschutzverletzung|datenschutzverstos)\w*",
        "verstoss|verstosst|verstossen ...4 dsgvo|datenschutz",
        "unzufrieden|verargert|emport ...8 " + DATA + "|datenschutz|umgang",
        "verkauft|weitergegeben|weitergeleitet ...3 meine ...2 " + DATA,
        "ohne meine ...2 einwilligung|zustimmung|erlaubnis|wissen",
        "umgang mit ...3 " + DATA,
    ],
    "complaint/weak": [
        r"~(beschwerde|beschwer)\w*", "inakzeptabel|unverschamt|frechheit|unmoglich|rechtswidrig|illegal|unzulassig|zumutung|skandalos|unverschamtheit|dreist",
        "anwalt|rechtsanwalt|gericht|abmahnung",
    ],
    "authority": [
        r"~\w*(datenschutzbehorde|aufsichtsbehorde|datenschutzaufsicht|datenschutzbeauftragt|landesdatenschutz)\w*",
        "behorde|aufsicht",
    ],
    "boilerplate": [
        "vorbehalten", "behalte ...4 vor", "falls|sollten|andernfalls|sonst|anderenfalls",
        "recht ...4 beschwerde",
    ],
    "chase": [
        "vor ...3 wochen|monaten|tagen ...10 gebeten|geschrieben|angefragt|beantragt|mitgeteilt|abgemeldet|aufgefordert|verlangt",
        "bereits|schon|mehrfach|mehrmals|wiederholt|erneut|zweite|dritte|zweiten|dritten ...6 gebeten|geschrieben|angefragt|aufgefordert|beantragt|abgemeldet|verlangt|mal",
        "keine|ohne ...2 antwort|reaktion|ruckmeldung|bestatigung",
        "noch immer|nie ...4 keine|nicht|geantwortet",
        "erinnerung|frist|monat",
    ],
    "chase/weak": ["immer noch|weiterhin ...4 " + MKT],
    "privacy": [r"~\w*(daten|datenschutz|dsgvo|personenbezogen)\w*", "einwilligung"],
    "marketing": [r"~\w*(werbung|werbe|marketing|newsletter|angebote|reklame)\w*"],
    "profiling": [r"~\w*(profil|auswert|analys|tracking|personalisier|empfehlung|pixel|verhalten|scoring)\w*"],
    "ch_email": [r"~\w*(e?mails?|newsletter\w*|emailadresse|mailing\w*)", "postfach"],
    "ch_sms": [r"~\w*(sms|textnachricht\w*|kurznachricht\w*|whatsapp)"],
    "ch_phone": [r"~\w*(anruf\w*|telefon\w*|anrufen|anzurufen|angerufen|telefonisch)"],
    "ch_post": [r"post|werbepost|briefpost|postweg|postalisch|~\w*(brief|briefe|prospekt\w*|katalog\w*|postwurf\w*|flyer|beilage\w*|drucksache\w*)|papier|papierform"],
    "all_channels": [
        "jegliche|jeglicher|jede|jeder|alle|allen|keinerlei|samtliche ...3 " + r"~\w*(werbung|kontakt\w*|kommunikation|zusendungen|kanale?|kanalen|werbemassnahmen|wege|form)",
        "direktwerbung",
    ],
    "disclaimer": [
        "diese|dieser ...3 nachricht|email|mail ...10 vertraulich*|bestimmt|irrtumlich",
        "irrtumlich|versehentlich|falschlicherweise ...4 erhalten", "benachrichtigen|informieren ...3 absender",
        "gesendet von|mit", "von meinem iphone|ipad|smartphone|handy", "sitz der gesellschaft",
        "handelsregister|geschaftsfuhrer|amtsgericht|hrb|registergericht",
        "abmelden|abbestellen ...3 klicken|hier|link",
    ],
    "ooo": [
        r"~\w*abwesenheit\w*", "automatische antwort", "nicht im buro|haus",
        "ausser haus", "ausserhaus", "im urlaub", "urlaubsbedingt|urlaubsabwesenheit",
        "bin|sind ...4 bis ...8 " + r"~\w*(dienstreise|urlaub|abwesend|erreichbar|krank|elternzeit|unterwegs|buro|seminar)\w*",
        r"~\w*(e?mails?|nachrichten) ...4 nur ...2 unregelmassig|eingeschrankt|sporadisch|sporadischer|gelegentlich",
        "wieder erreichbar|zuruck|da", "wieder im buro", "nach meiner ruckkehr",
    ],
    "ooo/weak": ["dringenden fallen|angelegenheiten", "in dringenden", "vertretung"],
    "ticket": [
        "ihre ...2 anfrage|nachricht|email|mail ...4 eingegangen|erhalten|registriert",
        r"~\w*(ticketnummer|vorgangsnummer|bearbeitungsnummer|fallnummer|eingangsbestatigung)\w*",
        "automatisch ...2 erstellt|generiert|versendet|versandt",
        "automatische ...2 nachricht|bestatigung|antwort|benachrichtigung",
        "bitte antworten|antwortet ...3 nicht",
    ],
    "ticket/weak": ["vielen dank ...4 nachricht|anfrage ...10 bearbeiten|melden|schnellstmoglich|werktagen|stunden"],
    "dsn": [
        r"~\w*(unzustellbar|zustellungsbericht|zustellstatus|unzustellbarkeitsbericht|ubermittlungsfehler|zustellfehler)\w*",
        "nicht zustellbar|zugestellt", "konnte|konnten ...4 nicht ...2 zugestellt|zugestellt werden|ubermittelt",
        "zustellung ...4 fehlgeschlagen|gescheitert|verzogert|nicht moglich",
        "nicht an alle empfanger", "postfach ...4 voll|uberschritten",
        "empfanger ...3 unbekannt|existiert nicht", "keine weiteren zustellversuche",
        "zustellversuch*",
    ],
    "spam": [
        r"~\w*(gewinnspiel|verlosung|jahresverlosung|gewinnbenachrichtigung)\w*", "gewonnen|gewinner",
        "bestatigen|verifizieren|aktualisieren ...3 konto|passwort|identitat|zugangsdaten|versandadresse|postfach",
        "suchmaschinenoptimierung|seo|webdesign|google ranking", "neue ...2 website|homepage|webseite ...4 erstellen|gestalten",
        "kryptowahrung*|bitcoin|krypto*", "kostenlos* ...3 angebot|beratung|test|probe|entwurf",
        "passwort ...4 ablauf|lauft ab|abgelaufen",
    ],
    "spam/weak": ["herzlichen gluckwunsch", "nur ...3 versand|versandkosten|versandgebuhr", "sehr geehrter gewinner", "exklusives angebot", "jetzt klicken"],
}
