# ruff: noqa: E501
"""Polish cues. Rich inflection: stems are matched with prefix regexes (ł -> l, ą -> a)."""

NEGATION = ["nie", "nigdy", "zadnych", "zadnej", "zadnego", "ani", "bez"]
BREAKERS = ["ale", "lecz", "jednak", "tylko", "jedynie", "natomiast", "poza", "oprocz", "zamiast"]
SUBORDINATORS = ["ze", "bo", "poniewaz", "gdy", "kiedy", "jesli", "jezeli", "dlaczego", "gdzie", "co", "ktore", "ktorych", "prosze", "czy"]

MKT = r"~(newsletter\w*|e?mail\w*|maile?|maili|wiadomosc\w*|sms\w*|esemes\w*|telefon\w*|polaczen\w*|reklam(?!acj)\w*|ofert\w*|promocj\w*|katalog\w*|ulotk\w*|list\w*|korespondencj\w*|komunikac\w*|informacj\w*|marketing\w*|powiadomien\w*)"
SUBMKT = r"~(newsletter\w*|ofert\w*|promocj\w*|katalog\w*|ulotk\w*|nowosci|rabat\w*|kupon\w*)"
OBJ = r"~(dan\w*|kont\w*|kont|profil\w*|informacj\w*|wszystk\w*|histori\w*)"
DEL = r"~(usun|usuw|wykasow|skasow|zniszcz|wymaz|wymaz)\w*"
FIELD = r"~(imi\w*|nazwisk\w*|adres\w*|email\w*|telefon\w*|numer\w*|dat\w*|urodzeni\w*|dan\w*|kod\w*|pesel)"
DATA = r"~(dan\w*|informacj\w*)"

PATTERNS = {
    "unsubscribe": [
        r"~(wypis|wypisz|wypisac|wypisanie|wyrejestr|odsubskryb)\w*",
        r"~(rezygn|zrezygn|anulow)\w* ...4 ~(subskrypcj|newsletter|mailing|otrzymywan|powiadomien)\w*",
        "nie ...3 chce|chcemy|zycze|prosze ...4 " + MKT, "nie ...3 wysylac|wysylajcie|przesylac|przesylajcie|dzwonic|dzwoncie",
        r"~(przesta|zaprzest|wstrzymaj)\w* ...4 " + MKT + "|wysylac|wysylania|dzwonic|przesylac",
        DEL + " ...3 mnie|moj|moja|moje ...6 z ...3 " + r"~(list\w*|newsletter\w*|mailing\w*|bazy|subskrypcj\w*)",
        "wiecej ...3 nie|zadnych ...3 " + MKT, "nie ...3 otrzymywac|dostawac ...4 " + MKT,
    ],
    "unsubscribe+all_channels": ["nie ...2 " + r"~(kontaktow|kontaktuj|niepokoj|nekaj)\w*", r"~(przestan|zaprzest)\w* ...3 ~(kontakt|nekan)\w*"],
    "withdraw": [r"~(wycof|cofa|cofn|odwol|odwoluj)\w* ...5 ~(zgod)\w*", r"~(zgod)\w* ...5 ~(wycof|cofa|cofn|odwol)\w*"],
    "subscribe": [
        r"~(chce|chcial|chcialbym|chcialabym|prosze|chetnie|moge|mozna)\w* ...4 ~(otrzymyw|dostaw|zapis|subskryb|zamow)\w* ...5 " + SUBMKT,
        r"~(zapis|subskryb|dopisz|dopisac)\w* ...4 ~(newsletter|list|mailing)\w*", "prosze ...3 o ...2 " + SUBMKT,
    ],
    "access": [
        "prawo ...2 dostepu", "dostep ...4 " + DATA, "kopi* ...4 " + DATA,
        r"jakie ...3 " + DATA + r" ...8 ~(przechow|posiad|przetwarz|zbier|zgromadz|macie|mam)\w*",
        "wiedziec|dowiedziec ...4 jakie|czy ...3 " + DATA,
        r"~(nagran|monitoring|zapis|obraz)\w* ...6 ~(kamer|monitoring|sklep)\w*", "monitoringu|monitoring",
        "skad ...4 " + DATA + "|adres|email|numer",
    ],
    "erasure": [
        DEL + " ...5 " + OBJ, OBJ + " ...4 " + r"~(usuniet|skasowan|wymazan)\w*",
        "usuniecie|usuniecia|usunieciu ...4 " + OBJ, "prawo do bycia zapomnianym", "prawo do usuniecia",
        r"~(zamkn|zamyk|likwid|dezaktyw)\w* ...3 kont\w*",
    ],
    "list_target": [r"z ...3 ~(list\w*|newsletter\w*|mailing\w*|subskrypcj\w*)"],
    "rectification": [r"~(popraw|zmien|zmian|sprostow|zaktualiz|aktualiz|koryg)\w* ...4 " + FIELD, "sprostowanie|sprostowania", r"nowy|nowe|nowym ...2 adres|email|nazwisko|numer ...2 to"],
    "rectification/weak": [FIELD + r" ...4 ~(bledn|nieprawidlow|niepoprawn|nieaktualn|zl\w*)\w*", "zamiast", "powinno byc", "prawidlowy|poprawny ...2 to"],
    "portability": ["przenoszenia|przeniesienie|przeniesienia danych", r"~(przenoszen|przenosz|przenies)\w*", "format ...3 " + r"~(ustrukturyz|odczyt|powszechn|elektroniczn|maszynow)\w*", r"~(przekaz|przesl)\w* ...10 do ...3 ~(firm|spolk|dostawc|administrator)\w*"],
    "restriction": [r"~(ograniczeni|ograniczyc|ogranicz)\w* ...4 ~(przetwarz|wykorzyst)\w*", r"~(zablok|wstrzym|zamroz)\w* ...4 " + DATA, "tylko|jedynie ...3 przechowywac|przechowywanie|przechowywania", "do czasu ...4 " + r"~(wyjasni|sprawdz|rozstrzygn|weryfik)\w*"],
    "objection": [r"~(sprzeciw)\w*", r"~(profilowan|sledzen|tracking)\w*", "nie ...3 " + r"~(sprzedaw|udostepn|sprzeda)\w* ...4 " + DATA],
    "objection/weak": ["prawnie uzasadnion*"],
    "complaint": [r"~(wyciek|naruszeni)\w* ...3 danych|rodo|ochrony", r"~(sprzedal|udostepnil|przekazal)\w* ...3 moje ...2 " + DATA, "bez mojej ...2 zgody|wiedzy", r"~(niezadowol|oburz|zawiedz)\w* ...8 " + DATA],
    "complaint/weak": [r"~(skarg|reklamacj|zazal)\w*", r"~(niedopuszczaln|skandaliczn|nielegaln|bezprawn|oburzajac)\w*", "prawnik|sad"],
    "authority": ["uodo", "urzad|prezes|prezesa ochrony danych", "organ ...3 nadzorcz*"],
    "boilerplate": ["zastrzegam", "prawo do wniesienia", "w przeciwnym razie|wypadku", "jesli|jezeli|w razie"],
    "chase": [r"~(tygodni|miesiac|miesiecy|dni) temu", r"juz ...4 ~(prosil|pisal|wysylal|zglasz|wypis)\w*", "kilka razy|kilkukrotnie", "drugi|trzeci raz", "bez ...2 odpowiedzi", "brak ...2 odpowiedzi|reakcji", "nadal ...3 nie|brak"],
    "chase/weak": [r"nadal|wciaz ...3 ~(otrzymuj|dostaj)\w*"],
    "privacy": [r"~(dan\w*|osobow\w*|rodo|prywatnosc\w*|zgod\w*)"],
    "marketing": [r"~(reklam(?!acj)|marketing|handlow|promocj|newsletter|ofert)\w*"],
    "profiling": [r"~(profil|sledz|pikse|analiz|personaliz|rekomendac|zachowan|nawyk)\w*"],
    "ch_email": [r"~(e?mail\w*|maile?|maili|newsletter\w*|mailow\w*)", "poczta|poczty|poczte elektroniczn*"],
    "ch_sms": [r"~(sms\w*|esemes\w*|smsy|whatsapp)", "wiadomosci tekstowe|tekstowych"],
    "ch_phone": [r"~(telefon\w*|polaczen\w*|dzwon\w*|rozmow\w*)"],
    "ch_post": [r"~(poczt\w*|listow|listy|listem|katalog\w*|ulotk\w*|papierow\w*|tradycyjn\w*|korespondencj\w*)"],
    "all_channels": [r"wszelki\w*|zadnych|jakichkolwiek|wszystkich ...3 ~(komunikac|kontakt|reklam|kanal|form|informacj|marketing)\w*", "marketing bezposredni|bezposredniego"],
    "disclaimer": ["ta wiadomosc ...8 poufn*|przeznaczon*", "jesli ...3 otrzymal ...3 omylk*|bledem", "wyslano z"],
    "ooo": ["poza biurem", "odpowiedz automatyczna", "nieobecn* ...6 do|powrot", "na urlopie ...6 do|powrot", "po moim powrocie", "bede ...4 dostepn*|z powrotem"],
    "ticket": ["otrzymalismy ...3 wiadomosc|zgloszenie|email", "numer ...2 zgloszenia|sprawy|ticketu", "nie odpowiadaj ...3 wiadomosc", "wiadomosc ...2 automatyczn*|wygenerowana"],
    "dsn": [r"~(niedostarczaln|niedoreczaln)\w*", "nie ...3 dostarczon*|doreczon*", "nie mozna dostarczyc", "odbiorca ...2 nieznan*", "skrzynka ...3 pelna"],
    "spam": ["pozycjonowanie|seo", "nowa strona|strony internetowej", r"~(wygral|zwyciezc|loteri|nagrod)\w*", "potwierdz|zweryfikuj ...3 konto|haslo|tozsamosc", "kryptowalut*|bitcoin", "darmowa wycena|bezplatna wycena"],
    "spam/weak": ["gratulacje", "oferta specjalna"],
}
