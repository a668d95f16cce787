# ruff: noqa: E501
"""Italian cues (elisions lose their apostrophe: "dell'accesso" -> "dell accesso")."""

NEGATION = ["non", "mai", "nessun", "nessuna", "nessuno", "ne", "neanche", "nemmeno"]
BREAKERS = ["ma", "pero", "tuttavia", "invece", "solo", "soltanto", "eccetto", "tranne", "bensi"]
SUBORDINATORS = ["che", "perche", "quando", "se", "dove", "come", "quale", "quali", "grazie", "prego"]

MKT = r"~(newsletters?|e?mails?|posta|sms|messaggi|messaggio|chiamate?|telefonate?|pubblicita|offerte?|promozioni?|promo|cataloghi|catalogo|volantini|volantino|lettere?|comunicazioni?|notifiche|novita)"
SUBMKT = r"~(newsletters?|offerte?|promozioni?|cataloghi|catalogo|volantini|novita|sconti|coupon|pubblicita)"
OBJ = r"~(dati|account|profilo|informazioni|registrazione|storico|tutto|conto|anagrafica)"
DEL = r"~(cancell|elimin|rimuov|distrugg|rimoss|cancellat)\w*"
FIELD = r"~(nome|cognome|indirizzo|email|telefono|numero|data|nascita|dati|cap|codice)"
DATA = r"~(dati|informazioni)"

PATTERNS = {
    "unsubscribe": [
        r"~(disiscri|disiscriv|desiscri|disabbon|cancellami|disdett)\w*",
        "non ...3 voglio|desidero|vorrei ...3 ricevere|piu ...4 " + MKT, "non ...4 piu ...4 " + MKT,
        "basta ...3 " + MKT, r"~(smett|interromp|sospend|cess)\w* ...4 " + MKT + "|inviare|inviarmi|mandare|chiamare|chiamarmi",
        DEL + " ...4 dalla|dalle|dal ...3 " + r"~(lista\w*|newsletter|mailing|elenco)",
        "revoca ...3 iscrizione",
    ],
    "unsubscribe+all_channels": ["non ...3 " + r"~(contatt|chiam|disturb)\w*" + " ...3 piu", "smettete|smettere ...3 di contattar*"],
    "withdraw": [r"~(revoc|ritir)\w* ...5 ~(consenso|consensi|autorizzazione)\w*"],
    "subscribe": [
        r"~(vorrei|voglio|desidero|desidererei|potete|potreste|piacerebbe)\w* ...4 ricevere|iscrivermi|iscrivere|abbonarmi ...5 " + SUBMKT,
        r"~(iscriv|abbon)\w* ...4 ~(newsletter|lista|mailing)\w*", "inviatemi|mandatemi ...3 " + SUBMKT,
    ],
    "access": [
        "diritto ...2 accesso", "accesso ...4 " + DATA, "copia ...4 " + DATA,
        "quali ...3 " + DATA + r" ...8 ~(conserv|dete|trat|possed|ave|archivi|memorizz|raccol)\w*",
        "sapere|conoscere ...4 quali|se ...3 " + DATA,
        r"~(registrazion|immagin|filmat|video)\w* ...6 ~(telecamer|videosorveglianza|sorveglianza)\w*", "videosorveglianza",
        "da dove ...4 " + DATA + "|indirizzo|email|numero", "come avete ottenuto",
    ],
    "erasure": [
        DEL + " ...5 " + OBJ, OBJ + " ...4 " + r"~(cancellat|eliminat|rimoss)\w*",
        "cancellazione|eliminazione|rimozione ...4 " + OBJ, "diritto all oblio", "diritto alla cancellazione",
        r"~(chiud|disattiv)\w* ...3 account|profilo|conto",
    ],
    "list_target": [r"dalla|dalle|dal|da ...3 ~(lista\w*|newsletter|mailing|elenco|indirizzario)"],
    "rectification": [r"~(correg|modific|rettific|aggiorn|cambi)\w* ...4 " + FIELD, "rettifica", "nuovo|nuova ...2 indirizzo|email|cognome|numero ...2 e"],
    "rectification/weak": [FIELD + r" ...4 ~(sbagliat|errat|obsolet|inesatt)\w*", "invece di", "quello corretto", "non ...2 " + FIELD,
        r"~(correggere|rettificare|modificare|cambiare|aggiornare)(lo|la|li|le)", "scritto|scritta male|sbagliato"],
    "portability": ["portabilita", "formato ...3 " + r"~(strutturat|leggibile|elettronic|comune|aperto)\w*", r"~(trasfer|trasmett|invi)\w* ...10 a ...3 ~(societa|azienda|fornitore|titolare)\w*"],
    "restriction": [r"~(limitazione|limitare|limitate|restrizione)\w* ...4 ~(trattamento|utilizzo|uso)\w*", r"~(blocc|sospend|congel)\w* ...4 " + DATA, "solo|soltanto ...3 conservare|conservazione|archiviare", "fino a quando|finche ...4 verific*|chiari*"],
    "objection": [r"~(opposizione|oppongo|oppormi|opporre)", "diritto di opposizione", r"~(profilazione|profilare|tracciamento)", "non ...3 " + r"~(vend|condivid|ced)\w* ...4 " + DATA],
    "objection/weak": ["interesse legittimo"],
    "complaint": ["violazione ...3 dati|gdpr|privacy", r"~(vendut|condivis|cedut)\w* ...3 miei ...2 " + DATA, "senza il mio ...2 consenso|permesso", "data breach"],
    "complaint/weak": [r"~(reclamo|lamentela|segnalazione|lamentar)\w*", r"~(inaccettabile|vergognoso|illegale|scandaloso|assurdo)\w*", "avvocato"],
    "authority": ["garante ...3 privacy|protezione|dati", "autorita ...3 controllo|garante|protezione"],
    "boilerplate": ["mi riservo", "riservo il diritto", "diritto di proporre", "in mancanza|caso contrario|altrimenti", "se non"],
    "chase": [
        r"~(settimane|mesi|giorni) fa", "gia ...4 chiesto|richiesto|scritto|inviato", "piu volte", "seconda|terza volta",
        "nessuna risposta", "senza ...2 risposta|riscontro", "ancora ...3 nessuna|non ...3 risposta|cancellat*",
    ],
    "chase/weak": ["continuo ...3 ricevere"],
    "privacy": [r"~(dati|personali|gdpr|privacy|riservatezza|consenso)"],
    "marketing": [r"~(pubblicit|marketing|commercial|promozion|newsletter|offert)\w*"],
    "profiling": [r"~(profil|tracciament|pixel|analisi|personalizz|raccomandazion|abitudini|comportament)\w*"],
    "ch_email": [r"~(e?mails?|newsletters?)", "posta elettronica"],
    "ch_sms": [r"~(sms|messaggi|messaggio|whatsapp)"],
    "ch_phone": [r"~(chiamat\w*|telefonat\w*|telefon\w*|chiamare|chiamarmi)"],
    "ch_post": [r"~(posta|postale|lettere?|cataloghi|catalogo|volantini|cartace\w*|brochure|depliant)"],
    "all_channels": [r"qualsiasi|ogni|tutte|tutti|nessuna|nessun ...3 ~(comunicazion|contatt|pubblicit|canal|mezzo|mezzi|forma|tipo)\w*", "marketing diretto"],
    "disclaimer": ["questo messaggio|email ...8 riservat*|destinat*", "se ...3 ricevuto ...3 errore", "inviato da"],
    "ooo": ["fuori ufficio|sede", "risposta automatica", "assente ...6 fino|rientro", "in ferie ...6 fino|rientro", "al mio rientro", "saro ...4 fuori|assente|di ritorno"],
    "ticket": ["abbiamo ricevuto ...3 messaggio|richiesta|email", "numero ...2 ticket|pratica|richiesta", "non rispondere ...3 messaggio|email", "messaggio automatico|generato automaticamente"],
    "dsn": ["mancato recapito", "non ...4 recapitat*|consegnat*", "impossibile recapitare|consegnare", "destinatario ...2 sconosciuto|inesistente", "casella ...3 piena"],
    "spam": ["posizionamento|seo", "sito web ...4 nuovo|rifacimento", r"~(vinto|vincitore|lotteria|estrazione|premio)\w*", "verifica|conferma ...3 account|password|identita", "criptovalut*|bitcoin", "preventivo gratuito"],
    "spam/weak": ["congratulazioni", "offerta esclusiva"],
}
