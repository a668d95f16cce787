# ruff: noqa: E501
"""Dutch cues. Negation often follows the verb ("verwijder mijn account niet")."""

NEGATION = ["niet", "geen", "nooit", "noch", "niets"]
POST_NEGATION = ["niet", "nooit"]
BREAKERS = ["maar", "echter", "alleen", "enkel", "behalve", "wel", "daarentegen", "slechts"]
SUBORDINATORS = ["dat", "omdat", "wanneer", "als", "of", "waarom", "waar", "wat", "welke", "die", "graag", "alstublieft", "aub", "svp"]

MKT = r"~\w*(nieuwsbrie\w*|e?mails?|mailtjes|sms\w*|berichte?n?|berichtjes|telefoontjes|oproepen|reclame\w*|aanbiedingen|aanbieding|acties|folders?|catalogus\w*|brieven|post|drukwerk|mailings?|communicatie|promoties?)"
SUBMKT = r"~\w*(nieuwsbrie\w*|aanbiedingen|aanbieding|acties|folders?|catalogus\w*|kortingen|korting|nieuws|reclame|promoties?|mailings?)"
OBJ = r"~\w*(gegevens|account|profiel|informatie|klantgegevens|klantaccount|dossier|alles|persoonsgegevens)"
DEL = r"~(verwijder|wis|vernietig|schrap|gewist|verwijderd)\w*"
FIELD = r"~\w*(naam|achternaam|voornaam|adres|emailadres|email|telefoonnummer|nummer|geboortedatum|postcode|huisnummer|gegevens|straat)"
DATA = r"~\w*(gegevens|informatie|data)"

PATTERNS = {
    "unsubscribe": [
        r"~\w*(afmeld|uitschrijv|uitschrijf|afmelden|uitschrijven|afgemeld|uitgeschreven)\w*",
        "wil|wens|willen ...3 geen ...4 " + MKT, "geen ...4 " + MKT + " ...4 meer", "geen ...2 meer ...4 " + MKT,
        MKT + " ...4 niet meer", "stop|stoppen|stopt ...4 " + MKT + "|sturen|toesturen|mailen|bellen",
        r"~(haal|verwijder|schrap|zet)\w* ...3 mij|me|mijn ...6 van|uit ...3 ~\w*(lijst\w*|nieuwsbrie\w*|mailing\w*|verzendlijst\w*|bestand)",
        "ophouden|ophoudt ...4 " + MKT, "niet meer ...4 mailen|bellen|sturen|toesturen|benaderen|gebeld|gemaild|benaderd|lastiggevallen",
    ],
    "unsubscribe+all_channels": ["niet meer ...3 " + r"~(contact|benader|lastig)\w*", "geen ...2 contact ...2 meer", "stop|stoppen ...3 contact*|benader*"],
    "withdraw": [r"~(trek|intrekk|ingetrokken|herroep|intrek)\w* ...5 ~\w*(toestemming|instemming)\w*", r"~\w*(toestemming|instemming)\w* ...5 ~(in|intrekken|ingetrokken|herroep)\w*"],
    "subscribe": [
        r"~(wil|graag|zou|wens|kunt|kan)\w* ...4 " + SUBMKT + " ...4 ontvangen|krijgen|abonneren|aanmelden",
        r"~(aanmeld|abonneer|inschrijv|inschrijf)\w* ...4 ~\w*(nieuwsbrie\w*|lijst|mailing)",
        r"~\w*(nieuwsbrie\w*|lijst|mailing) ...4 ~(aanmeld|abonneer|inschrijv|inschrijf|aangemeld)\w*",
        "meld|schrijf ...2 mij|me ...4 aan|in", "stuur|stuurt ...2 mij|me ...3 " + SUBMKT,
    ],
    "access": [
        r"~\w*(inzageverzoek|inzagerecht|inzage)\w*", "recht ...2 inzage", "kopie ...4 " + DATA,
        "welke ...3 " + DATA + r" ...8 ~(heeft|hebt|bewaar|verwerk|opgeslagen|vastgelegd|beschikt|verzameld)\w*",
        "weten ...4 welke|wat ...3 " + DATA, r"~\w*(camerabeelden|videobeelden|beelden|opnames)\w* ...6 ~\w*(camera|bewaking|winkel)\w*",
        "camerabeelden|bewakingsbeelden", "waar ...4 " + DATA + "|adres|emailadres|nummer ...4 vandaan",
    ],
    "erasure": [
        DEL + " ...5 " + OBJ, OBJ + " ...5 " + DEL, r"~\w*(verwijdering|verwijderverzoek|wisverzoek)\w* ...4 " + OBJ,
        "recht op vergetelheid|verwijdering", "vergeten te worden", r"~(sluit|opheff|opzeg|beeindig)\w* ...3 account|klantaccount",
        "account|klantaccount ...3 " + r"~(sluiten|opheffen|opzeggen|beeindigen)",
    ],
    "list_target": [r"van|uit ...3 ~\w*(lijst\w*|nieuwsbrie\w*|mailing\w*|verzendlijst\w*)"],
    "rectification": [
        r"~(corrigeer|corrigeren|wijzig|aanpass|pas|verbeter|rectific|bijwerk|aanpas)\w* ...6 " + FIELD,
        FIELD + r" ...6 ~(corrigeren|wijzigen|aanpassen|verbeteren|bijwerken|aangepast|gewijzigd)\w*", "rectificatie|correctie",
        "nieuwe ...2 adres|emailadres|achternaam|nummer ...2 is|luidt",
    ],
    "rectification/weak": [FIELD + r" ...4 ~(fout|onjuist|verkeerd|incorrect|verouderd)\w*", "moet zijn", "klopt niet"],
    "portability": ["overdraagbaarheid|dataportabiliteit", "machineleesbaar*", "formaat ...3 " + r"~(gestructureerd|gangbaar|leesbaar|machine)\w*", r"~(overdrag|overdracht|overzett|doorsturen|overmak)\w* ...8 naar|aan ...3 ~\w*(bedrijf|aanbieder|partij|organisatie|leverancier)"],
    "restriction": [r"~\w*(beperking|beperken|beperk)\w* ...4 ~\w*(verwerking|gebruik)\w*", r"~\w*(verwerking|gebruik) ...4 ~(beperk|stopzett|opschort)\w*", "alleen|uitsluitend ...3 bewaren|opslaan|opslag", "totdat|tot ...4 " + r"~(uitgezocht|opgehelderd|duidelijk|gecontroleerd|verifieer)\w*", r"~(blokkeer|bevries)\w* ...4 " + DATA],
    "objection": [r"~\w*(bezwaar)\w*", r"~(profilering|profileren)\w*", "volgen ...3 surfgedrag|gedrag|mij|online", "niet ...3 " + r"~(verkop|verkoop|delen|deel|doorverkop)\w* ...4 " + DATA],
    "objection/weak": ["gerechtvaardigd belang", "niet ...2 eens"],
    "complaint": [r"~\w*(datalek|datalekken)\w*", r"~(verkocht|gedeeld|doorgegeven|gelekt)\w* ...3 mijn ...2 " + DATA, "zonder mijn ...2 toestemming", r"~(ontevreden|boos|teleurgesteld)\w* ...8 " + DATA],
    "complaint/weak": [r"~\w*(klacht|klagen|beklag)\w*", r"~(onacceptabel|schandalig|belachelijk|illegaal|onaanvaardbaar)\w*", "advocaat"],
    "authority": ["autoriteit persoonsgegevens", "ap", "toezichthouder", r"~(melden|melding|klacht) ...3 autoriteit|ap|toezichthouder"],
    "boilerplate": ["behoud mij|me ...2 recht", "recht ...3 klacht ...3 in te dienen", "indien|anders|zo niet|mocht"],
    "chase": [r"~\w*(weken|maanden|dagen) geleden", "al ...4 gevraagd|verzocht|gemaild|geschreven|afgemeld", "meerdere keren", "tweede|derde keer", "geen ...2 reactie|antwoord", "nog steeds ...4 geen|niet"],
    "chase/weak": ["nog steeds|blijf ...4 " + MKT],
    "privacy": [r"~\w*(gegevens|privacy|avg|gdpr|toestemming)\w*"],
    "marketing": [r"~\w*(reclame|marketing|commerci\w*|promoties?|nieuwsbrie\w*|aanbieding\w*)"],
    "profiling": [r"~\w*(profiel|profilering|tracking|volgen|pixel|analyse|personalis|aanbeveling|koopgedrag|gedrag)\w*"],
    "ch_email": [r"~\w*(e?mails?|mailtjes|nieuwsbrie\w*|emailadres)"],
    "ch_sms": [r"~\w*(sms\w*|berichtjes|tekstberichte?n?|whatsapp)"],
    "ch_phone": [r"~\w*(telefoontjes|telefoon\w*|bellen|gebeld|belt|oproepen|telefonisch\w*)"],
    "ch_post": [r"~(post|brieven|brief|poststukken|folders?|reclamefolders?|reclamepost|catalogus\w*|drukwerk|papier\w*|brievenbus)"],
    "all_channels": [r"alle|elke|geen|enige ...3 ~\w*(communicatie|contact|reclame|kanalen|kanaal|manier|vorm|marketing)", "direct marketing|directe marketing"],
    "disclaimer": ["dit bericht|email ...8 vertrouwelijk*|bestemd", "per vergissing|abuis ...4 ontvangen", "verzonden vanaf|vanuit mijn"],
    "ooo": [
        "niet ...2 langer ...2 in gebruik|gelezen",
        "wordt niet ...2 gelezen|doorgestuurd",
        "niet doorgestuurd",
        "zwangerschapsverlof|ouderschapsverlof|verlof ...4 tot",
        "tot en met ...6 beurs|vakantie|verlof|afwezig",
        "ben ...6 tot ...6 op|met ...4 vakantie|beurs|reis|verlof",
        "beperkt toegang ...3 mail",
        "lees geen mail",
        "vandaag niet aanwezig",
        "no-reply|noreply ...2 adres",
        "opgeheven",
"niet op kantoor", "afwezig ...6 tot|terug", "automatisch antwoord|bericht", "met vakantie|verlof ...6 tot|terug", "ben ...4 weer ...2 aanwezig|bereikbaar|terug", "na mijn terugkeer"],
    "ticket": [
        "automatisch verzonden|gegenereerd",
        "in goede orde ontvangen",
        "referentie|referentienummer",
        "binnen ...3 werkdagen",
        "niet ...3 reageren op dit",
"wij hebben ...3 ontvangen", "uw ...2 bericht|vraag|verzoek ...4 ontvangen", "ticketnummer|referentienummer|zaaknummer", "niet ...3 beantwoorden|reageren ...3 dit bericht|deze email"],
    "dsn": [
        "kon niet ...3 worden ...2 bezorgd|afgeleverd|verzonden",
        "niet bezorgd|afgeleverd",
        "is geweigerd",
        "niet bestelbaar",
        "nog niet afgeleverd",
        "adres niet gevonden",
        "domein ...4 niet ...2 gevonden",
        "blijven ...4 proberen",
        "te groot",
        "foutmelding",
"onbestelbaar", "niet ...3 afgeleverd|bezorgd", "kon niet ...3 worden ...2 bezorgd|afgeleverd", "bezorging ...3 mislukt|vertraagd", "ontvanger ...2 onbekend", "mailbox|postvak ...3 vol"],
    "spam": [
        "website|webshop ...4 verouderd|traag|verliest",
        "vanaf ~\\d[\\d.,]* ~€|euro",
        "nieuwe bankgegevens|rekeningnummer",
        "factuur ...4 achterstallig|openstaand|vervallen",
        "douanekosten|invoerrechten",
        "domein ...6 verloopt|verlengen|verlenging",
        "plaatsing ...4 link|artikel",
        "verhogen|verhoog|boost ...4 verkoop|conversie|omzet|verkeer",
        "minuten ...4 demo|gesprek",
        "fabrikant|fabriek|groothandel ...6 ervaring|producten|prijs",
        "beste gebruiker|inkoper|exposant|klant",
        "lees meer|bevestig account|bekijk document|offerte aanvragen",
        "je hebt je aangemeld|ingeschreven",
        "geen interesse meer",
        "deze e?mail is verzonden naar",
        "weduwe|erfenis|fonds ...8 miljoen|doneren|gegevens",
        "onbewaakte mailbox",
        "log in ...4 inloggegevens",
        "binnen 24|48 uur",
        "geblokkeerd|opgeschort ...6 bevestig|verifieer",
        "grafisch ontwerper|freelancer",
        "volgers|mediakit",
        "vrijblijvend*",
        "exposanten|beurs ...6 stands|bezoekers",
        "verifieer|bevestig ...4 account|gegevens|betaling",
        "account ...4 geblokkeerd|opgeschort",
        "u ontvangt deze|dit ...2 e-mail|bericht|email",
        "miljoen ...3 dollar|euro",
        "gratis monsters",
        "nieuwe bankgegevens",
"zoekmachineoptimalisatie|seo", "nieuwe website|webdesign", r"~(gewonnen|winnaar|loterij|prijs)\w*", "bevestig|verifieer ...3 account|wachtwoord|identiteit", "crypto*|bitcoin", "gratis offerte|adviesgesprek"],
    "spam/weak": ["gefeliciteerd", "exclusieve aanbieding"],
    "veto_subscribe": [
        "blijven|blijft",
    ],
}
