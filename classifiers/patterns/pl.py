# ruff: noqa: E501
"""Polish cues. Rich inflection: stems are matched with prefix regexes (ł -> l, ą -> a)."""

from classifiers.patterns import keep_patterns

NEGATION = ["nie", "nigdy", "zadnych", "zadnej", "zadnego", "ani", "bez"]
BREAKERS = ["ale", "lecz", "jednak", "tylko", "jedynie", "natomiast", "poza", "oprocz", "zamiast"]
SUBORDINATORS = ["ze", "zeby", "zebyscie", "aby", "abyscie", "azeby", "bo", "poniewaz", "gdy", "kiedy", "jesli", "jezeli", "dlaczego", "gdzie", "co", "ktore", "ktorych", "prosze", "czy"]

MKT = r"~(newsletter\w*|e?mail\w*|maile?|maili|wiadomosc\w*|sms\w*|esemes\w*|telefon\w*|polaczen\w*|reklam(?!acj)\w*|ofert\w*|promocj\w*|katalog\w*|ulotk\w*|ulotek|list\w*|korespondencj\w*|komunikac\w*|informacj\w*|marketing\w*|powiadomien\w*)"
SUBMKT = r"~(newsletter\w*|ofert\w*|promocj\w*|katalog\w*|ulotk\w*|ulotek|nowosci|rabat\w*|kupon\w*)"
OBJ = r"~(dan\w*|kont\w*|kont|profil\w*|informacj\w*|wszystk\w*|histori\w*)"
DEL = r"~(usun|usuw|wykasow|skasow|zniszcz|wymaz|wymaz)\w*"
FIELD = r"~(imi\w*|nazwisk\w*|adres\w*|email\w*|mail\w*|telefon\w*|tel|nr|numer\w*|dat\w*|urodzeni\w*|dan\w*|kod\w*|pesel|nip|regon)"
DATA = r"~(dan\w*|informacj\w*)"

PATTERNS = {
    "unsubscribe": [
        "~(przestac|przestancie|przestan)\\w* ...3 ~(kontakt|wysyl|przesyl|dzwon|pisac)\\w*",
        "nie ...3 ~(wykorzystywa|uzywa|wysyla|przesyla|przysyla)\\w* ...6 ~(adres|numer|ofert|newsletter|katalog)\\w*",
        "nie ...2 chce|chcemy ...4 nic ...2 wiecej",
        "zadnych ...2 " + MKT,
        
        "~(usun|wykresl|wypisz)\\w* ...6 z ...3 ~(listy|bazy|mailingu|wysylki|newslettera)\\w*",
        "~(prosze|prosimy) ...2 nie ...2 ~(przysylac|wysylac|dzwonic|przesylac)\\w*",
        r"~(wypis|wypisz|wypisac|wypisanie|wyrejestr|odsubskryb)\w*",
        r"~(rezygn|zrezygn|anulow)\w* ...4 ~(subskrypcj|newsletter|mailing|otrzymywan|powiadomien)\w*",
        r"~(rezygn|zrezygn)\w* z ...2 " + MKT,
        r"do mnie nie ~(dzwon|pisa|wysyla)\w*", r"nie ~(dzwonil|dzwonila|dzwonili|dzwonily)",
        "nie ...3 chce|chcemy|zycze|prosze ...4 " + MKT, "nie ...3 wysylac|wysylajcie|przesylac|przesylajcie|dzwonic|dzwoncie",
        r"~(przesta|zaprzest|wstrzymaj)\w* ...4 " + MKT + "|wysylac|wysylania|dzwonic|przesylac",
        DEL + " ...3 mnie|moj|moja|moje ...6 z ...3 " + r"~(list\w*|newsletter\w*|mailing\w*|subskrypcj\w*)",
        DEL + " ...2 mnie ...2 z ...2 bazy",
        "wiecej ...3 nie|zadnych ...3 " + MKT, "nie ...3 otrzymywac|dostawac ...4 " + MKT,
    ],
    "unsubscribe+all_channels": [
        "~(przestac|przestancie|przestan)\\w* ...3 ~(kontaktowac|kontaktowanie)\\w*",
        "nie ...2 ~(kontaktujcie|kontaktowac)\\w*",
"nie ...2 " + r"~(kontaktow|kontaktuj|niepokoj|nekaj)\w*", r"~(przestan|zaprzest)\w* ...3 ~(kontakt|nekan)\w*"],
    "withdraw": [r"~(wycof|cofa|cofn|odwol|odwoluj)\w* ...5 ~(zgod)\w*", r"~(zgod)\w* ...5 ~(wycof|cofa|cofn|odwol)\w*"],
    "subscribe": [
        "~(wyrazam|daje) ...4 ~(zgode|zgod)\\w*",
        "~(przyslac|przysylac|wysylac|wyslac|przeslac)\\w* ...4 ~(go|mi|mnie|niej|niego)",
        "~(otrzymywac|dostawac) ...4 ~(wszystkie|komunikaty|oferty|promocje|newsletter)\\w*",
        "~(zapisac|zapisz|zapiszcie|dopisac|dopiszcie|zapisanie)\\w*",
        "~(zadzwonic|zadzwoncie|dzwoncie|dzwonic) ...8 ~(ofert|promocj|nowosci)\\w*", "gdyby ...6 ~(zadzwonil|dzwonil)\\w*",
        "tez ...2 ~(chce|chcialbym|chcialabym)\\w* ...3 ~(dostawac|otrzymywac)\\w*",
        "~(interesuj|chcialbym|chcialabym|chce)\\w* ...6 ~(newsletter\\w*|ofert\\w*|promocj\\w*|katalog\\w*|ulotk\\w*|nowosci|rabat\\w*|kupon\\w*|wyprzedaz\\w*|zaproszen\\w*|sms\\w*)",
        r"~(chce|chcial|chcialbym|chcialabym|prosze|chetnie|moge|mozna)\w* ...4 ~(otrzymyw|dostaw|zapis|subskryb|zamow)\w* ...5 " + SUBMKT,
        r"~(zapis|subskryb|dopisz|dopisac)\w* ...4 ~(newsletter|list|mailing)\w*", "prosze ...3 o ...2 " + SUBMKT,
    ],
    "access": [
        "komu ...4 ~(przekazal|udostepnil|sprzedal|dal)\\w*",
        "~(zobaczyc|wglad) ...4 ~(dane|danych)",
        "jakie ...2 dane ...6 ~(macie|przechowujecie|zbieracie|zapisujecie)\\w*",
        "ile|co ...3 ~(wiecie|macie|przechowujecie|przechowuja)\\w* ...3 o mnie",
        "~(udostepnieni|zestawieni|kopi)\\w* ...6 ~(danych|wszystkich)\\w*",
        "~(nagran|nagrywan)\\w*",
        "art|artykul|artykulu|artykule 15", "15 ust|rodo|gdpr",
        "skad ...4 ~(macie|wiecie|dane|numer|adres)\\w*",
        "prawo ...2 dostepu", "dostep ...4 " + DATA, "kopi* ...4 " + DATA,
        r"jakie ...3 " + DATA + r" ...8 ~(przechow|posiad|przetwarz|zbier|zgromadz|macie|mam)\w*",
        "wiedziec|dowiedziec ...4 jakie|czy ...3 " + DATA,
        r"~(nagran|monitoring|zapis|obraz)\w* ...6 ~(kamer|monitoring|sklep)\w*", "monitoringu|monitoring",
        "skad ...4 " + DATA + "|adres|email|numer",
    ],
    "erasure": [
        "~(usun|usuw|skasuj|wykasuj)\\w* ...10 z ...3 ~(systemow|systemu|bazy|baz|kartoteki)\\w*",
        "~(zniknely|zniknac|zapomnieli|zapomnijcie)\\w*",
        "wszystko ...3 usun*",
        DEL + " ...5 " + OBJ, OBJ + " ...4 " + r"~(usuniet|skasowan|wymazan)\w*",
        "usuniecie|usuniecia|usunieciu ...4 " + OBJ, "prawo do bycia zapomnianym", "prawo do usuniecia",
        r"~(zamkn|zamyk|likwid|dezaktyw)(?!iet|al|el)\w* ...3 ~kont\w*",
    ],
    "list_target": [r"z ...3 ~(list\w*|newsletter\w*|mailing\w*|subskrypcj\w*)"],
    "rectification": [
        "~(popraw|zmien|zamien|zastap|zastapienie|zaktualiz|aktualiz|korekt|poprawic)\\w* ...6 ~(adres|imie|nazwisk|numer|email|profil|kont|dane|dat)\\w*",
        "~(poprawic|poprawcie|zmienic|zmiencie|zaktualizowac|zaktualizujcie)",
        "jest zle|blednie ...2 zapisane|zapisany|wpisane",
        "powinno byc",
r"~(popraw|zmien|zmian|sprostow|zaktualiz|aktualiz|koryg|korekt)\w* ...4 " + FIELD, "sprostowanie|sprostowania", r"nowy|nowe|nowym ...2 adres|email|nazwisko|numer ...2 to"],
    "rectification/weak": [FIELD + r" ...4 ~(bledn|nieprawidlow|niepoprawn|nieaktualn|zl\w*)\w*", "zamiast", "powinno byc", "prawidlowy|poprawny ...2 to"],
    "portability": [
        "~(csv|excel|json|xml|plik|pliku|eksport)\\w* ...8 ~(zamowien|danych|dane|histori|punkt)\\w*",
        "~(zamowien|dane|danych|histori|punkt)\\w* ...8 ~(csv|excel|json|xml|plik|pliku|eksport)\\w*",
        "odczytu maszynowego",
        "~(przenies|przeniesc|pobrac|pobierz)\\w* ...6 ~(dane|danych)\\w*",
"przenoszenia|przeniesienie|przeniesienia danych", r"~(przenoszen|przenosz|przenies)\w*", "format ...3 " + r"~(ustrukturyz|odczyt|powszechn|elektroniczn|maszynow)\w*", r"~(przekazac|przekazcie|przeslac|przeslijcie|przeniesc|przeniescie|przekazanie|przeslanie|przeniesienie)\w* ...10 do ...3 ~(firm|spolk|dostawc|administrator|biur|kancelari|sklep|serwis)\w*"],
    "restriction": [
        "nic ...3 nie ...2 ~(robic|robcie|robicie)\\w* ...4 z ...2 ~(moimi|danymi)\\w*",
        "~(dopoki|zanim|czasu)\\w* ...10 nie ...3 ~(wyjasni|sprawdz|robic|uzywa|wykorzyst)\\w*",
        "~(wstrzyma|zamroz|pauz|zablok)\\w*",
        "rece precz",
        "~(dopoki|poki)\\w* ...8 ~(wyjasni|sprawdz)\\w*",
r"~(ograniczeni|ograniczyc|ogranicz)\w* ...4 ~(przetwarz|wykorzyst)\w*", r"~(zablok|wstrzym|zamroz)\w* ...4 " + DATA, "tylko|jedynie ...3 przechowywac|przechowywanie|przechowywania", "do czasu ...4 " + r"~(wyjasni|sprawdz|rozstrzygn|weryfik)\w*"],
    "objection": [r"~(sprzeciw)\w*", r"~(profilowan)\w*", "sledzenia|sledzenie ...3 zachowan*|aktywnosc*|uzytkownik*|mnie", "nie ...3 " + r"~(sprzedaw|udostepn|sprzeda)\w* ...4 " + DATA],
    "objection/weak": ["prawnie uzasadnion*"],
    "complaint": [
        "~(nazwisk|imie|adres|telefon|numer|urodzenia|dowod|karta|dane|danych|faktur|etykiet)\\w* ...8 ~(widoczn\\w*|glos\\w*|opublikowal\\w*|wrzucil\\w*|zdjeci\\w*|facebook\\w*|instagram\\w*|whatsapp\\w*|sasiad\\w*|kazdy)",
        "~(widoczn\\w*|glos\\w*|opublikowal\\w*|wrzucil\\w*|zdjeci\\w*|facebook\\w*|instagram\\w*|whatsapp\\w*|sasiad\\w*|kazdy) ...8 ~(nazwisk|imie|adres|telefon|numer|urodzenia|dowod|karta|dane|danych|faktur|etykiet)\\w*",
        "innej osoby|innego klienta|kogos innego",
        "~(sprzedali|przekazali|udostepnili|dali)\\w* ...4 ~(moje|moj|moja)\\w*",
        "nigdy ...3 nie ...2 podawal*|zgadzal*|zapisywal*",
        "bez mojej zgody",
        "czy to jasne",
r"~(wyciek|naruszeni)\w* ...3 danych|rodo|ochrony", r"~(sprzedal|udostepnil|przekazal)\w* ...3 moje ...2 " + DATA, "bez mojej ...2 zgody|wiedzy", r"~(niezadowol|oburz|zawiedz)\w* ...8 " + DATA],
    "complaint/weak": [
        "mam dosc|wystarczy",
r"~(skarg|reklamacj|zazal)\w*", r"~(niedopuszczaln|skandaliczn|nielegaln|bezprawn|oburzajac)\w*", "prawnik|sad"],
    "authority": ["uodo", "urzad|prezes|prezesa ochrony danych", "organ ...3 nadzorcz*"],
    "boilerplate": ["zastrzegam", "prawo do wniesienia", "w przeciwnym razie|wypadku", "jesli|jezeli|w razie"],
    "chase": [
        "wciaz|nadal ...4 macie|przychodza|dostaje",
r"~(tygodni|miesiac|miesiecy|dni) temu", r"juz ...4 ~(prosil|pisal|wysylal|zglasz|wypis)\w*", "bez ...2 odpowiedzi", "brak ...2 odpowiedzi|reakcji", "nadal ...3 nie|brak"],
    "chase/weak": [r"nadal|wciaz ...3 ~(otrzymuj|dostaj)\w*", "znowu|ponownie|wreszcie", "dwa|trzy|kilka razy|kilkukrotnie", "drugi|trzeci|czwarty raz"],
    "privacy": [r"~(dan\w*|osobow\w*|rodo|prywatnosc\w*|zgod\w*)"],
    "marketing": [r"~(reklam(?!acj)|marketing|promocj|newsletter|ofert)\w*", r"~(informacj|komunikac|tresc|oferty|wiadomosc)\w* ~(handlow)\w*"],
    "profiling": [r"~(profil|sledz|pikse|analiz|personaliz|rekomendac|zachowan|nawyk)\w*"],
    "ch_email": [r"~(e?mail\w*|maile?|maili|newsletter\w*|mailow\w*)", "poczta|poczty|poczte elektroniczn*"],
    "ch_sms": [r"~(sms\w*|esemes\w*|smsy|whatsapp)", "wiadomosci tekstowe|tekstowych"],
    "ch_phone": [r"~(telefon\w*|polaczen\w*|dzwon\w*|zadzwon\w*|rozmow\w*)"],
    "ch_post": ["listownie|listowny|listowna", "wysylac|wysylacie|wysylaja|przysylac|przysylacie|wysylania listy", r"~(poczt\w*|listow|listem|katalog\w*|ulotk\w*|ulotek|papierow\w*|tradycyjn\w*|korespondencj\w*)"],
    "all_channels": [r"~(wszelki\w*|zadnych|jakichkolwiek|wszystkich) ...3 ~(komunikac|kontakt|reklam(?!acj)|kanal|form|marketing)\w*", r"~(wszelki\w*|zadnych|jakichkolwiek|wszystkich) ...2 ~(informacj)\w* ~(handlow|marketingow|reklamow|promocyjn)\w*", "marketing bezposredni|bezposredniego", r"~(wypisal|wypisuj|wypisz|zrezygnowal)\w* ...3 ze wszystkiego"],
    "all_channels/weak": [r"~(reklam(?!acj)\w*|marketing\w*)", r"zadnej|zadnego ...2 ~(komunikac|kontakt|reklam(?!acj)|informacj|marketing)\w*"],
    "medium": ["tym|niniejszym mailem|emailem|listem|pismem|wiadomoscia"],
    "device": ["na|przez moj|moja|mojego|mojej telefon|komorke|komorka|smartfon|iphone"],
    "disclaimer": ["ta wiadomosc ...8 poufn*|przeznaczon*", "jesli ...3 otrzymal ...3 omylk*|bledem", "wyslano z"],
    "ooo": [
        "nie jest juz ...3 uzywan*|obslugiwan*|sprawdzan*|czytan*|monitorowan*",
        "nie zostala przekazana",
        "nie czytam maili|poczty",
        "do ...4 jestem ...4 urlopie|targach|wyjezdzie|zwolnieniu",
        "po powrocie",
        "dzis mnie nie ma",
        "ograniczony dostep",
        "adres ...2 noreply",
        "zostal zlikwidowany",
"poza biurem", "odpowiedz automatyczna", "nieobecn* ...6 do|powrot", "na urlopie ...6 do|powrot", "po moim powrocie", "bede ...4 dostepn*|z powrotem"],
    "ticket": [
        "wiadomosc ...3 wygenerowana automatycznie",
        "nie odpowiadaj",
        "otrzymalismy",
        "odpowiemy ...4 w ciagu|dni",
        "numer ...2 zgloszenia|referencyjny",
"otrzymalismy ...3 wiadomosc|zgloszenie|email", "numer ...2 zgloszenia|sprawy|ticketu", "nie odpowiadaj ...3 wiadomosc", "wiadomosc ...2 automatyczn*|wygenerowana"],
    "dsn": [
        "nie powiodlo sie",
        "nie mozna dostarczyc",
        "nie znaleziono ...2 adresata|adresu|domeny",
        "nie zostala jeszcze dostarczona",
        "nie moze przyjmowac wiadomosci",
        "przekracza dozwolony rozmiar",
        "nie ...2 mogla zostac dostarczona|wyslana",
        "nie udalo sie doreczyc|dostarczyc",
        "blad ...2 trwaly|dostarczenia|doreczenia",
        "zostala odrzucona",
        "nie znaleziono domeny",
        "skrzynka ...3 nie istnieje|pelna",
        "nieznany odbiorca",
        "ponawiac proby",
        "nie zostala dostarczona",
r"~(niedostarczaln|niedoreczaln)\w*", "nie ...3 dostarczon*|doreczon*", "nie mozna dostarczyc", "odbiorca ...2 nieznan*", "skrzynka ...3 pelna"],
    "spam": [
        # round 2: crypto, newsletter footers sent to us, data lists, link selling, invoice fraud
        'ethereum|eth|solana|staking|przedsprzedaz',
        'otrzymujesz ...3 biuletyn|newsletter|wiadomosc|email ...4 poniewaz|jako',
        'za rekord|kontakt',
        'wymiana linkow',
        'artykul sponsorowany',
        'prowizji ...6 bez ...2 oplaty|oplat',
        'numer ...2 rachunku ...3 zmienil',
        'odpisz tak',
        "~(opinie|recenzje) ...6 ~gwiazdk\\w*",
        "~(token|przedsprzedaz|portfel|krypto)\\w*",
        "~(pozyczk|kredyt|finansowani)\\w* ...8 ~(bez|%|oprocentowan)\\w*",
        "~(spadek|spadkobierc|zmarl)\\w*",
        "~(haslo) ...4 ~(wygasa|wygaslo)\\w*",
        "~(skrzynka) ...6 ~(pojemnosc|miejsce|pelna)\\w*",
        "kliknij tutaj",
        "urzad skarbowy",
        "~(obserwujacych)\\w*",
        "faktura ...6 nieoplacona|zalegla",
        "strona|sklep ...4 przestarzal*|wolna|traci",
        "od ~\\d[\\d.,]* zl|zl.|pln|€",
        "nowe dane bankowe|nowy numer konta",
        "faktura ...4 zalegl*|przeterminowan*|nieoplacon*",
        "oplata celna|clo",
        "domena ...6 wygasa|odnowienie|odnowic",
        "umieszczenie ...4 linku|artykule",
        "zwiekszyc|zwiekszenie ...4 sprzedaz|konwersj*|ruch",
        "minut ...4 demo|rozmowe",
        "producent|fabryka|hurtownia ...6 doswiadczenie|produkty|cena",
        "drogi uzytkowniku|szanowny kupujacy|wystawco",
        "czytaj wiecej|potwierdz konto|zobacz dokument|pobierz wycene",
        "zapisales sie|zapisalas sie",
        "nie jestes juz zainteresowany",
        "ta wiadomosc zostala wyslana do",
        "wdowa|spadek|fundusz ...8 milionow|przekazac|dane",
        "niemonitorowana skrzynka",
        "zaloguj sie ...4 danymi",
        "w ciagu 24|48 godzin",
        "zablokowane|zawieszone ...6 potwierdz|zweryfikuj",
        "grafik|freelancer ...4 logo|projekt",
        "obserwujacych|media kit",
        "bez zobowiazan",
        "wystawcy|targi ...6 stoiska|odwiedzajacych",
        "agencja ...8 sprzedaz|ruch",
        "zweryfikuj|potwierdz ...4 konto|dane|platnosc",
        "konto ...4 zablokowane|zawieszone",
        "otrzymujesz te ...2 wiadomosc",
        "milionow ...3 dolarow|euro",
        "darmowe probki",
        "nowe dane bankowe",
"pozycjonowanie|seo", "nowa strona|strony internetowej", r"~(wygral|zwyciezc|loteri|nagrod)\w*", "potwierdz|zweryfikuj ...3 konto|haslo|tozsamosc", "kryptowalut*|bitcoin", "darmowa wycena|bezplatna wycena"],
    "spam/weak": ["gratulacje", "oferta specjalna"],
    "veto_subscribe": [
        "nadal|dalej",
    ],
    "veto_unsubscribe+veto_erasure": [
        "listy|liscie|lista zyczen",
        "~(koszyk|ulubion)\\w*",
    ],
    "past": [
        "przez pomylke|przypadkiem|temu",
    ],
    "veto_erasure": [
        "czy ...2 usune|zamkne|skasuje ...3 konto|profil",
    ],
}

# skargi na obchodzenie się z danymi bez słowa "skarga" (runda 4)
PATTERNS["complaint"] += [
    "~(dane|danych|faktur|potwierdzen|odpowiedz|zamowien)\\w* ...10 ~(obc|inn|zl|stary|starego)\\w* ...2 ~(osob|klient|adres|odbiorc)\\w*",
    "~(wyciek|wykradzion|shakowan|zhakowan|skradzion)\\w* ...6 " + DATA + "|konto|haslo|hasla|systemy",
    "~(firma|partner|partnera|podmiot|podmiotom|broker)\\w* ...10 ~(moj|moje|mojego|moich)\\w* ...2 ~(kontakt|numer|dane|danych|adres)\\w*",
    "~(przegladaj|przegladal|sprawdzal|zagladaj)\\w* ...4 ~(dane|danych)",
    "~(skserowano|skopiowano|kserowal|sfotografowano)\\w*",
    "nie zgadzal*|zgadzalam|zgadzalem ...3 na ...2 ~(przekazywanie|udostepnianie|sprzedaz)\\w*",
]
PATTERNS["chase"] += [
    "nadal|wciaz ...3 ~(wykorzystywane|wykorzystujecie|uzywane|uzywacie|przechowywane|przechowujecie|przetwarzane|przetwarzacie)",
    "nadal|wciaz ...2 bledn*|zle|niepoprawn*",
    "~(cos|jakies|cokolwiek) ...3 ~(wiadomo|wiesci|nowego)\\w*",
    "co z ...2 ~(moim|moja) ...2 ~(wniosk|prosb|zadani)\\w*",
    "ponawiam",
    "do dzis|dzisiaj ...2 nic",
]
PATTERNS["subscribe"] += [
    "~(wysylajcie|przysylajcie|wyslijcie|przyslijcie|wysylac|przysylac)(?!ie)\\w* ...4 ~(newsletter|katalog|sms|ofert|promocj|gazetk)\\w*",
]
PATTERNS["purpose"] = [
    "~(profilowan|segment)\\w* ...8 ~(celach|celu|cele) ...2 ~(reklam|marketing|promocyj|handlow)\\w*",
]

# runda 5: ogólne luki z testu na ślepo (teraz dev): prośby na końcu długich historii,
# częściowe usunięcie, dostęp bez słowa "dostęp", sprostowanie bez czasownika, roboty
DELV = r"~(usun|usuncie|usunac|usuniecie|usuniecia|usunieciu|skasuj|skasujcie|skasowac|skasowanie|wykasuj|wykasujcie|wykasowac|wymaz|wymazcie|wymazac|wymazanie|usuwac|usuwajcie|usuwanie)"
ALT = r"~(zdjeci\w*|fotografi\w*|opini\w*|recenzj\w*|komentarz\w*|kart\w*|urodzeni\w*|wizerun\w*|nagrani\w*|wpis\w*|imie|imienia|nazwisk\w*|pesel|nip)"
PATTERNS["unsubscribe"] += [
    "nie ...1 chce|chcemy|zycze ...3 ~(dostawac|otrzymywac)\\w*",
    "nie ...1 chce|chcemy|zycze ~(juz|wiecej|od|zadnych)\\w* ...3 ~(dostawac|otrzymywac)\\w*",
    "nie ...2 ~(potrzebuj|interesuj)\\w* ...4 " + MKT,
    "~(przestancie|przestan|przestac|skonczcie|zaprzestancie|zaprzestac)\\w* ...4 [mi|do|mnie] ...2 ~(wysylac|przysylac|dzwonic|pisac|spamowac|zasypywac|wydzwaniac)\\w*",
    "~(sprzeciw)\\w* ...6 ~marketing\\w* ~(bezposredni)\\w*",
    "~(usuncie|usunac|wykreslcie|wykreslic|skreslcie) ...4 ~(numer|adres|mail|email|telefon)\\w* ...4 ~(list|baz|kampani|wysylk|mailing)\\w*",
]
PATTERNS["erasure"] += [
    DELV + " ...4 " + ALT,
    "~(zeby|aby|by|zebyscie|abyscie)\\w* ...8 ~(usuniet|skasowan|wymazan|zamkniet|zniknel|zniknal|zniknela|zniknelo|znikna)\\w*",
    "~(przestal|przestala|przestalo|przestaly) ~(istniec|figurowac|widniec)",
    "~(ich|jego|jej|calkowite|calkowitego|trwale|trwalego|natychmiastowe|natychmiastowego|pozniejsze|nastepnie) ~(usuniecie|usuniecia|usunieciu|skasowanie|skasowania|wymazanie|wymazania)",
    "~(wniosek|wniosku|prosba|prosbe|prosby|zadanie|zadania) ...2 o ...1 ~(usuniecie|skasowanie|wymazanie|zamkniecie)",
    "art|artykul|artykulu|artykule 17", "17 ust|rodo|gdpr",
]
PATTERNS["veto_erasure"] += [
    DEL + " ...2 ~(star|poprzedni|nieaktualn|bledn)\\w* ~(numer|adres|mail|email|telefon|nazwisk|nr)\\w*",
    "~(star|poprzedni|nieaktualn)\\w* ...3 " + DEL,
    "~(zamierza|planuj|chcecie|chca|mieli|mial|mieliscie)\\w* ...3 " + DEL,
    "~(potwierdzeni|potwierdzil|potwierdzaj)\\w* ...3 ~(usuniecia|skasowania|zamkniecia|wypisania)",
]
PATTERNS["veto_unsubscribe+veto_erasure"] += [
    "~(usun|usuw|skasow|wykasow)\\w* ...4 ~(produkt|towar|artykul|pozycj|zamowien|koszyk|mail|maila|wiadomosc)\\w* ...3 ~(przez|przypadkiem|pomylk)\\w*",
    "~(usunalem|usunelam|skasowalem|skasowalam)",
]
PATTERNS["veto_subscribe"] += [
    "nie ...2 chce|chcemy|zycze|potrzebuje ...3 " + MKT + "|dostawac|otrzymywac",
]
PATTERNS["subscribe"] += [
    "~(prosic|prosze|poprosze|poprosic|prosimy)\\w* ...3 ~(przesylani|wysylani|przysylani|dostarczani)\\w* ...4 " + SUBMKT,
    "~(poprosze|poprosimy) ...2 " + SUBMKT,
]
PATTERNS["access"] += [
    "jakie|jakich ...3 ~(dane|danych|informacj)\\w* ...6 ~(powiazan|zapisan|przypisan|zwiazan|zgromadz|przechow|przetwarz|zbier|sa|wykorzyst)\\w*",
    "co ...2 o mnie ...2 ~(wiecie|macie|przechowujecie|wiedza|maja|zbieracie)",
    "czy ...4 ~(dane|danych)\\w* ...10 ~(przekazan|udostepnion|sprzedan|przekazywan|udostepnian)\\w*",
    "komu|jakim|jakich ...3 ~(podmiot|firm|partner)\\w* ...6 ~(przekaz|udostepn|sprzed)\\w*",
    "na podstawie ...1 jakich ...2 ~(danych|informacji)",
    "co ...2 z nimi ...2 ~(robicie|robia|dzieje)",
    "~(informacj|wiedziec|dowiedziec)\\w* ...3 gdzie ...3 ~(jest|sa|znajduje|przechow|trafil)\\w*",
    "~(historia|histori|liste|lista|rejestr) ...2 ~(logowan|dostep)\\w*",
]
PATTERNS["rectification"] += [
    "~(nowy|nowe|nowa|nowym|aktualny|aktualne|aktualna|poprawny|poprawne|poprawna|prawidlowy|prawidlowe|prawidlowa) ...1 ~(adres|email|e-mail|mail|nazwisko|numer|nr|tel|telefon|nip|kod|pesel)\\w* ...2 :|to|brzmi|jest",
    "~(prosze|prosimy|wnosze|wnosimy) o ...1 ~(poprawienie|korekte|sprostowanie|aktualizacje|zaktualizowanie)",
    "~(prosze|prosimy|wnosze|wnosimy) o ...1 zmiane ...1 ~(danych|adresu|numeru|nazwiska|nip)",
    "~(podpiac|przypisac|powiazac|przepiac|przeniesc|zmienic)\\w* ...6 do ...1 ~(nowego|nowy) ...1 ~(adres|maila|emaila|numer)\\w*",
    "art|artykul|artykulu|artykule 16", "16 ust|rodo|gdpr",
]
PATTERNS["restriction"] += [
    "~(zachowa|zachowac|przechowa|zostawic|zostawcie|zatrzymac|zatrzymajcie)\\w* ...8 nie ...2 ~(wykorzyst|uzywa|przetwarza)\\w*",
    "na czas ...3 ~(sprawdz|wyjasni|weryfik|postepowan|spraw)\\w*",
    "poza ...2 ~(przechowani|przechowywani)\\w*",
    "do czasu ...4 ~(zakonczeni|rozstrzygn|zamkniec)\\w*",
    "art|artykul|artykulu|artykule 18", "18 ust|rodo|gdpr",
]
PATTERNS["objection"] += [
    "nie ...1 zycze|chce ...2 sobie ...3 ~(profilowan|analiz|sledz|personaliz)\\w*",
    "nie ...1 zycze|chce [sobie] [,] ~(zeby|aby|by)\\w* ...6 ~(analizow|profilow|sledz|personalizow)\\w*",
    "~(wylacz|wylaczcie|wylaczyc|usuncie)\\w* ...4 ~(sledzen|piksel|monitorowan|cookies|profilowan)\\w*",
    "art|artykul|artykulu|artykule 21", "21 ust|rodo|gdpr",
]
PATTERNS["profiling"] += [r"~(statystyk|badan|segmentac|monitorowan)\w*"]
PATTERNS["portability"] += [
    "art|artykul|artykulu|artykule 20", "20 ust|rodo|gdpr",
    "~(przekaz|przesl|przenies)\\w* ...6 bezposrednio ...3 do",
]
PATTERNS["complaint"] += [
    "~(ma|maja|mieli|mial|miala|dostali|dostal|otrzymali|kupili)\\w* ...3 ~(moj|moje|mojego|moich|moja)\\w* ...2 ~(kontakt|numer|dane|danych|adres)\\w* ...4 od",
    "~(ujawni|ujawnil|ujawnili|upubliczni)\\w* ...4 ~(dane|danych|adres|numer|nazwisk)\\w*",
    "~(ujawnienie|ujawnieni) ...3 danych",
    "~(pisz|prosz|prosil|pisal|zglasz|zglosil|wysylam|ponawiam|monit)\\w* ...5 drugi|trzeci|czwarty raz",
    "drugi|trzeci|czwarty raz ...5 ~(pisz|prosz|zglasz|wysyl|ponaw)\\w*",
]
PATTERNS["complaint/weak"] += ["~(oburzon|oburzaj|bulwers)\\w*"]
PATTERNS["chase"] += [
    "~(poprosil|prosil|zglosil|zglasza|wyslal|zlozyl)\\w* ...4 o ...2 ~(usuniecie|dostep|kopie|sprostowanie|wypisanie|zamkniecie|ograniczenie|poprawienie|poprawe|korekte)\\w*",
    "~(wypisal|wypisywal|odpisal|prosil|pisal|zglaszal|napisal)\\w* ...3 dwa|trzy|kilka razy",
    "dwa|trzy|kilka razy ...3 ~(wypisal|wypisywal|odpisal|prosil|pisal|zglasz|napisal)\\w*",
    "~(wypisal|wypisywal|zrezygnowal|odpisal)\\w* ...12 ~(nadal|dalej|wciaz|kolejny|kolejne|kolejna|znowu|ponownie)\\w*",
    "a|ale|mimo ...3 ~(przychodz|dostaje|otrzymuje|dzwoni|dzwonia)\\w* ...2 ~(dalej|nadal|wciaz)",
    "~(przyszedl|przyszla|przyszly|przyszlo) ...2 ~(kolejny|kolejna|kolejne|znowu|ponownie)\\w*",
    "~(pisal|prosil|zglasza|zglosil|wysylal|odpisal)\\w* ...4 dwa|trzy|kilka razy",
]
PATTERNS["ooo"] += [
    "skrzynka ...4 ~(nieuzywan|nieaktywn|zamknieta|wylaczona|likwid)\\w*",
    "prosimy|prosze ...2 kierowac ...3 ~(wiadomosci|korespondencj)\\w*",
]
PATTERNS["ticket"] += [
    "potwierdzamy ...2 ~(otrzymanie|odbior)",
    "zostanie ...2 ~(przekazana|przekazany|rozpatrzon|przeanalizowan)\\w*",
]
PATTERNS["dsn"] += [
    "~(adresat|odbiorca) ...6 nie istnieje",
    "kod bledu",
    "sprawdz ...2 ~(poprawnosc|adres)\\w*",
]
PATTERNS["spam"] += [
    "jestesmy ...3 ~(producentem|producent|hurtownia|agencja|firma|dystrybutorem|specjalistami)\\w*",
    "~(chcielibysmy|chcemy) ...2 ~(zaproponowac|przedstawic|zaoferowac)\\w*",
    "~(wynikach|wyniki) ...2 ~(wyszukiwania|google)\\w*",
    "~(przeslac|wyslac) ...2 ~(propozycje|oferte|cennik)\\w*",
    "oferujemy ...6 ~(audyt|uslug|kompleksow|wdrozeni|szkoleni)\\w*",
    "zapraszamy do ...1 ~(kontaktu|wspolpracy)",
    "~(wydanie) ...2 ~(styczniowe|lutowe|marcowe|kwietniowe|majowe|czerwcowe|lipcowe|sierpniowe|wrzesniowe|pazdziernikowe|listopadowe|grudniowe)",
]
PATTERNS["veto_subscribe"] += ["~(przeslac|wyslac|przyslac)\\w* ...3 ~(jeszcze|ponownie)"]
PATTERNS["veto_rectification"] = ["~(aktualizac|zaktualiz)\\w* [panstwa|waszej|waszych|swoich|swojej|tej|tych] ~(list|listy|bazy|baz|listach|listami)"]
PATTERNS["veto_access"] = ["~(usun|usuw|skasuj|wyczysc|wymaz)\\w* ...3 wszystko ...2 co ...1 o mnie"]
PATTERNS["disclaimer"] += [
    "jesli|jezeli ...4 ~(otrzymal|otrzymali|otrzymala|otrzymaly)\\w* ...4 ~(omylk|bled|pomylk)\\w*",
    "nie sa ...2 ~(adresat)\\w*",
    "wiadomosc ...4 ~(poufn|tajemnic)\\w*",
]
PATTERNS["list_target"] += [r"z|ze ...3 ~(list\w*|newsletter\w*|mailing\w*|subskrypcj\w*|kampani\w*|wysylk\w*)"]

# runda 5b: luki widoczne w nowych danych
PATTERNS["chase/weak"] += ["~(minel|minal|minelo|minely|uplynel|uplynal|uplynelo)\\w* ...3 ~(miesiac|miesiace|miesiecy|tygodni|tydzien|dni)\\w*"]
PATTERNS["unsubscribe"] += [
    "~(wole|wolalbym|wolalabym|wolimy) ...2 nie ...1 ~(dostawac|otrzymywac)",
    "~(wylacz|wylaczyc|wylaczcie)\\w* ...3 " + MKT,
    "niech ...2 nie ...1 ~(dzwoni|pisz|wysyla|przysyla)\\w*",
    "~(usun|wykresl|wypisz)\\w* ...8 z|ze ...3 ~(list|listy|bazy|mailingu|wysylki|newslettera)\\w*",
]
PATTERNS["subscribe"] += ["~(chce|chcialbym|chcialabym) byc ...1 na ...1 ~(liscie|newsletterze|mailingu)"]
PATTERNS["erasure"] += ["nie ...1 chce [,] ~(zeby|aby)\\w* ...4 ~(zostalo|zostaly|zostal|zostala|bylo|byly) ...4 ~(systemie|bazie|systemach|bazach|kartotece)"]
PATTERNS["veto_unsubscribe"] = ["nie tylko ...2 ~(wypis|rezygnac|wypisani)\\w*"]
PATTERNS["veto_access"] += ["~(usun|usuniecie|skasow|wykasow)\\w* ...3 ~(nagran)\\w*"]
PATTERNS["veto_rectification"] += ["~(link|baner|banerze|stronie|literowk|blad)\\w* ...6 ~(popraw)\\w*", "~(popraw)\\w* ...4 ~(link|baner|strone|literowk)\\w*"]
PATTERNS["access"] += [
    "~(jakimi|jakim|ktorymi|ktorym) ...2 ~(firm|podmiot|partner)\\w* ...6 ~(dziel|udostepn|przekaz|sprzeda)\\w*",
    "~(przeslac|wyslac|przekazac|udostepnic)\\w* ...4 ~(liste|zestawienie|wykaz|kopie)\\w* ...4 ~(zakupow|zamowien|danych)",
    "do czego ...3 ~(uzywacie|wykorzystujecie|sluza|sluzy|przetwarzacie|potrzebujecie)",
    "jak dlugo ...3 ~(przechow|trzymac|trzymacie)\\w*",
    "kto ...3 ~(ogladal|widzial|mial|ogladali|widzieli)\\w*",
]
PATTERNS["rectification"] += ["~(aktualny|nowy|aktualne|nowe|aktualna|nowa) :"]
PATTERNS["objection"] += ["nie ...2 chce|zycze|zgadzam ...8 ~(przekazyw|udostepni|sprzedaw)\\w* ...4 ~(partner|podmiot|firm|trzec|innym)\\w*"]
PATTERNS["complaint"] += [
    "~(wyciek|wycieku|wyciekly|wyciekl|wyciekla)",
    "~(adres|dane|numer)\\w* ...4 ~(trafil|trafily|trafila)\\w* ...3 ~(jego|jej|cudz|obc|innej|innego)\\w*",
    "widac|widoczne|widoczny ...3 ~(imie|nazwisk|adres|telefon|numer)\\w*",
    "~(nagrywal|nagral|nagrala|fotografowal|sfotografowal|filmowal)\\w* mnie",
]
PATTERNS["chase"] += ["ponownie|znowu ...2 ~(pisze|prosze|zwracam|wysylam|przypominam|zglaszam)"]

# round 6: general gaps seen on the second blind split
# "niewysyłanie", "nieprzesyłanie" (one word); verb-last "proszę mnie z nich wypisać"
PATTERNS["unsubscribe"] += [
    r"~(niewysyl|nieprzesyl|nieprzysyl|niedzwon|niekontaktow)\w*",
    "~(mnie|nas) z ~(nich|niego|tego|tej|listy|newslettera|mailingu) ~(wypisac|wypisz|wypiszcie|usunac|usuncie|wykreslic)",
]
PATTERNS["access"] += [
    r"jakie ...3 ~(dane|informacje)\w* ...8 ~(gromadzi|przechow|posiada|przetwarza|zbiera|macie|zapisal|zapisuj|trzymac|trzymacie)\w*",
    r"~(zestawieni|wykaz|liste|podsumowani|raport)\w* ...6 ~(informacj|danych)\w* ...6 ~(macie|posiadacie|przechowujecie|zapisane|zgromadzone|gromadzicie)\w*",
    r"~(jakie|co) ...2 ~(macie|posiadacie|przechowujecie|gromadzicie|wiecie) ...2 o mnie",
]
# partial erasure ("usunąć mój adres i numer telefonu"), "prawa do bycia zapomnianym",
# "wymazać mnie z systemu", "proszę je wszystkie usunąć"
PATTERNS["erasure"] += [
    r"~(usun|usuncie|usunac|usuniecie|skasuj|skasowac|skasujcie|wykasuj|wykasowac|wymaz|wymazac|wymazcie)\w* ...3 ~(moj|moje|mojego|moja|jej|jego)\w* ...2 ~(adres|numer|telefon|email|nazwisk|imie|date|pesel)\w*",
    r"~(prawo|prawa|prawem|prawie) do ~(bycia|byc) ~(zapomnian)\w*",
    r"~(wymaz|wymazac|wymazcie|usun|usunac|usuncie|skasuj|skasujcie|skasowac) ...2 mnie ...2 z ...2 ~(system|bazy|baz|kartotek|rejestr|ewidencj)\w*",
    r"~(je|ich) ...2 ~(wszystkie|wszystkich|calkowicie|trwale|bezpowrotnie) ...2 ~(usun|usunac|usuncie|skasowac|skasujcie|wymazac|zniszczyc)\w*",
    r"~(dane)\w* ...3 z ...2 bazy ~(klient|uzytkownik|kupuj)\w*",
]
# a thank-you for an erasure done ("dziękuję za szybkie załatwienie mojej prośby o usunięcie")
PATTERNS["veto_erasure"] += [
    r"~(szybk|sprawn|blyskawiczn|ekspresow)\w* ~(zalatwienie|realizacje|zrealizowanie|wykonanie|obsluzenie|rozpatrzenie)\w* ...4 ~(usuniecie|usuniecia|skasowanie|skasowania|wykasowanie|wymazanie)",
    r"~(szybk|sprawn|blyskawiczn|ekspresow)\w* ~(usuniecie|skasowanie|wykasowanie|wymazanie)",
    r"~(potwierdzenie|informacja) ...3 ~(dotarlo|dotarla|otrzymalam|otrzymalem|przyszlo|przyszla)",
]
# an objection made earlier is the reason for a restriction, not a new request
PATTERNS["veto_objection"] = [
    r"~(wnioslam|wnioslem|zlozylam|zlozylem|wniesli|zglosilam|zglosilem|zlozylismy|wnieslismy)\w* ...3 ~(sprzeciw)\w*",
    r"do czasu ...2 ~(jego|rozpatrzenia|rozstrzygniecia)\w* ...2 ~(sprzeciw|rozpatrzenia)\w*",
]
# complaints told about handling: "tak się obchodzi z moimi danymi", "nadmierne zbieranie danych"
PATTERNS["complaint"] += [
    r"~(obchodzi|obchodzic|obchodzicie|obchodza|obeszli|podchodzi|podchodzic|podchodzicie|traktujecie|traktowac) ...4 ~(dan|moimi|moich|numer|informacj)\w*",
    r"~(nadmiern|niepotrzebn|bezpodstawn)\w* ~(zbieran|gromadzen|przetwarzan|zadan|zadani)\w*",
    r"jak to ~(mozliwe|moze) ...1 ~(ze|zeby|aby)",
    r"~(sprzedaliscie|sprzedali|oddaliscie|kupiliscie|kupili|wyciekl|wyciekly)\w* ...3 ~(moj|moje|moja|mojego|moich)\w* ...2 ~(numer|dane|adres|email|telefon)\w*",
]
PATTERNS["veto_objection"] += [r"~(wnioslam|wnioslem|zlozylam|zlozylem|zglosilam|zglosilem|wniesiony|zlozony)\w* ...3 ~(sprzeciw)\w* ...2 ~(wobec|przeciw|co) ...4 ~(profilowan|analiz|marketing|przetwarzan|wykorzystywan|uzywan)\w*"]
PATTERNS["objection"] += [r"nie ~(zgadzam|zgadzamy|zycze|akceptuje) ...3 ~(sledzeni|sledzenie|profilowani|profilowanie|analizowani|analizowanie)\w*"]
# a confirmation that the opt-out worked is no new request
PATTERNS["veto_unsubscribe"] += [
    r"~(potwierdzeni|potwierdzam|potwierdzil)\w* ...4 ~(wypisani|wypisany|wypisana|rezygnacj)\w*",
    r"juz nie ~(przychodza|przychodzi|dostaje|otrzymuje)",
]
# "nie chcę jednak, żeby dane zostały usunięte": the comma hides the negation from the cue;
# "zanim zdecyduję, czy usunąć konto": an erasure only considered
PATTERNS["veto_erasure"] += [
    r"nie ~(chce|chcemy|zycze|chcialbym|chcialabym) ...2 ~(zeby|aby|azeby) ...4 ~(usun|skasow|wykasow|wymaz|zniszcz)\w*",
    r"~(zanim|dopoki|nim) ...3 ~(czy) ...3 ~(usun|skasow|wykasow|zamkn|likwid)\w*",
    r"~(zastanawiam|waham|rozwazam)\w* ...3 ~(czy) ...3 ~(usun|skasow|wykasow|zamkn|likwid)\w*",
]

# runda 7 (błędy trzeciego testu na ślepo): potoczne prośby o spokój ("dajcie mi spokój",
# "odczepcie się", "mam dość", "koniec z"), czasowniki z przedrostkiem prz(y)-, "piszcie",
# "anuluję", "gazetki" jako poczta, własny telefon nadawcy na infolinię nie jest kanałem,
# rezygnacja przypomniana po tym, jak reklamy dalej przychodzą
GAZ = r"~(gazetk\w*|gazetek|broszur\w*|prospekt\w*)"
MKTG = MKT[:-1] + r"|gazetk\w*|gazetek|broszur\w*|prospekt\w*|spam\w*)"
PATTERNS["unsubscribe"] += [
    "~(dajcie|daj|dajecie|dac|dajmy)\\w* ...2 ~(spokoj|swiety)\\w*",
    "~(odczepcie|odczep|odczepic|odwalcie|odpusccie|odpuscie|odpusc)\\w* ...2 " + r"~(mnie|ode|nas)",
    "~(dosc|wystarczy|koniec|starczy|basta)\\w* ...2 ~(tych|tego|tej|waszych|waszego|waszej|panstwa|z|ze|juz)\\w* ...2 " + MKTG[:-1] + r"|dzwonieni\w*|wydzwanian\w*)",
    "nie ...2 ~(przysylac|przysylajcie|przysylaj|wysylaj|przesylaj|dzwon|dzwoncie)\\w*",
    "nie ...1 ~(piszcie|pisac|pisz) ...3 ~(juz|wiecej|nigdy)",
    "~(juz|wiecej|nigdy) ...3 nie ...1 ~(piszcie|pisac|pisz)",
    "~(prosze|prosimy) ...2 nie ...2 ~(pisac|pisz|piszcie|nekac|zawracac|spamowac)\\w*",
    "do mnie nie ~(pisz|piszcie|przysyl|przesyl)\\w*",
    "~(anuluj|anuluje|anulowac|anulujcie|anulowanie|odwoluje|odwolac)\\w* ...4 ~(subskrypcj|newsletter|mailing|prenumerat|wysylk)\\w*",
    "nie ...2 ~(jestem|jestesmy) ...2 ~(zainteresowan)\\w* ...4 " + MKTG,
    "nie ...2 ~(potrzebuj|interesuj|chce|chcemy)\\w* ...4 " + MKTG,
    "nie ...1 ~(zgadzam|zgadzamy|wyrazam)\\w* ...6 ~(otrzymywan|dostawan|przesylan|wysylan|kontakt)\\w*",
    "~(wykresl|skresl|wykreslcie|skreslcie|wykreslic|skreslic)\\w* ...4 z|ze ...3 ~(list|listy|bazy|mailingu|wysylki|newslettera|kartoteki)\\w*",
    # rezygnacja, po której reklamy dalej przychodzą: "wypisałam się, a nadal dostaję"
    "~(wypisal|wypisywal|zrezygnowal|odsubskrybowal|odpisal)\\w* ...12 ~(nadal|dalej|wciaz|ciagle|znowu|ponownie)\\w* ...4 ~(dostaje|otrzymuje|przychodz|dzwoni|dzwonia|przysylacie|wysylacie)\\w*",
    "~(wypisal|wypisywal|zrezygnowal|odsubskrybowal|odpisal)\\w* ...12 ~(dostaje|otrzymuje|przychodz|dzwoni|dzwonia|przysylacie|wysylacie)\\w* ...4 ~(nadal|dalej|wciaz|ciagle|znowu|ponownie)\\w*",
]
PATTERNS["unsubscribe/weak"] = [
    # "Wypisałam się w maju." / "Nadal dostaję maile." w dwóch zdaniach: dwa słabe ślady
    "~(wypisalam|wypisalem|zrezygnowalam|zrezygnowalem|wypisalismy|odsubskrybowalam|odsubskrybowalem)",
    "~(nadal|dalej|wciaz|ciagle) ...3 ~(dostaje|otrzymuje|przychodz|dostajemy|otrzymujemy)\\w* ...3 " + MKTG,
    "~(dostaje|otrzymuje|przychodz|dostajemy|otrzymujemy)\\w* ...3 ~(nadal|dalej|wciaz|ciagle) ...3 " + MKTG,
]
PATTERNS["subscribe"] += [
    SUBMKT[:-1] + r"|gazetk\w*|gazetek)" + " ...3 ~(prosze|prosimy|poprosze) ...2 ~(wyslac|przyslac|przesylac|wysylac|przysylac|dostarczyc)",
    "~(chetnie|poprosze)\\w* ...3 ~(bede|bedziemy) ...2 ~(dostawac|otrzymywac)\\w*",
    "~(chetnie)\\w* ...2 ~(dostane|otrzymam|dostaniemy|otrzymamy|przyjme|przyjmiemy) ...3 " + MKTG,
]
PATTERNS["ch_post"] += [GAZ]
PATTERNS["ch_email"] += [r"~(spam\w*)"]
# "zadzwoniłam na infolinię, żeby się wypisać": własny telefon nadawcy nie jest kanałem
PATTERNS["medium"] += [
    r"~(zadzwonilam|zadzwonilem|dzwonilam|dzwonilem|zadzwonilismy|dzwonilismy|telefonowalam|telefonowalem)\w* ...3 ~(infolini|biur|obslug|konsultant|call|centrum|do|na)\w*",
    r"~(przez|na|do) ~(infolini|infolinie|infolinii|infolinia)\w*",
]
# "wyłączyć śledzenie w mailach": sprzeciw wobec śledzenia, nie wypisanie;
# "nie tylko się wypisać, ale usunąć konto": wypisanie nie jest tu prośbą
PATTERNS["veto_unsubscribe"] += [
    r"~(wylacz|wylaczyc|wylaczcie|wylaczenie)\w* ...3 ~(sledzen|piksel|monitorowan|cookies|profilowan|sledz)\w*",
    r"nie ...2 tylko|wylacznie|jedynie ...3 ~(wypis|rezygnac|wypisani|zrezygn)\w*",
]
PATTERNS["veto_erasure"] += [
    r"~(zastanawiam|rozwazam|mysle|myslimy|zastanawiamy|rozwazamy)\w* ...3 ~(nad|o) ...2 ~(usunieci|zamknieci|skasowani|likwidacj|wykasowani)\w*",
    r"zamiast ...3 ~(usun|usuw|skasow|zamkn|zamyk)\w*",
    r"~(usunalem|usunelam|skasowalem|skasowalam|zamknalem|zamknelam|usunelismy|zamknelismy)\w*",
]
# "ze wszystkich wysyłek promocyjnych": dopełniacz liczby mnogiej
PATTERNS["list_target"] += [r"z|ze ...3 ~(wysylek|mailingow|newsletterow|kampanii|subskrypcji)"]
PATTERNS["ch_sms"] += [r"~(whatsapp\w*|wiadomosci|wiadomosciach) ~(tekstow\w*)", r"~(whatsapp\w*)"]
PATTERNS["ch_phone"] += [r"~(telemarketing\w*|stacjonarn\w*|infolini\w*)"]
PATTERNS["unsubscribe"] += [
    r"~(rezygn|zrezygn)\w* z|ze ...3 " + MKTG,
    r"~(rezygn|zrezygn)\w* z|ze ...3 ~(kontakt\w*|form\w*|wszystkiego)",
]
# "z bazy do telemarketingu", "z bazy marketingowej": baza marketingowa to lista
PATTERNS["list_target"] += [
    r"z|ze ...2 ~(bazy|baz|listy|kartoteki) ...2 ~(marketing\w*|telemarketing\w*|reklam(?!acj)\w*|promocyjn\w*|mailing\w*|newsletter\w*|wysylk\w*|handlow\w*)",
]
PATTERNS["veto_erasure"] += [
    # "mogę poprosić o usunięcie konta, ale nie chcę iść tak daleko": możliwość, nie prośba
    r"~(moge|mozna|moglbym|moglabym|moglibysmy|moglam|moglem)\w* ...3 ~(poprosic|zazadac|wnioskowac|zlozyc|wniesc|prosic) ...3 ~(usuniecie|skasowanie|usuniecia|wymazanie|zamkniecie)",
    # "jeszcze nie wiem, czy chcę usuwać konto"
    r"~(wiem|zdecydowal|zdecydowalem|zdecydowalam|zdecydowalismy|pewien|pewna|pewny)\w* ...2 czy ...3 ~(usun|usuw|skasow|zamkn|zamyk|likwid)\w*",
]
# "z bazy, do której wysyłacie oferty": baza wysyłkowa to lista
PATTERNS["list_target"] += [
    r"z|ze ~(bazy|baz|listy|list) [,] ~(do|na|z|ze|dla) ~(ktorej|ktorych|ktora|ktore) ...4 ~(wysyl|przesyl|przysyl|dzwon|kieruj|trafiaj)\w*",
]

# runda 7b: luki widoczne w nowych danych treningowych (train/pl_h.jsonl)
PATTERNS["unsubscribe/weak"] += [
    # "Dostaję reklamy na WhatsAppa. Proszę to wyłączyć." w dwóch zdaniach
    "~(wylacz|wylaczcie|wylaczyc|zatrzym|zatrzymac|zatrzymajcie|wstrzym|wstrzymac|wstrzymajcie|zablokowac|zablokujcie|skonczcie|skonczyc) ...1 ~(to|je|ich|tego|te)",
    "~(sobie|tego) ...2 nie ~(zycze|zyczy|zyczymy|chce|chca)",
]
PATTERNS["unsubscribe"] += [
    "~(wstrzym|zablok|zatrzym)\\w* ...3 ~(wysylk|wysylani|przesylani|przysylani|dostarczani|reklam|katalog|newsletter|ulotek|ulotk|gazetek|gazetk)\\w*",
]
PATTERNS["veto_restriction"] = [
    "~(wstrzym|zablok|zatrzym)\\w* ...3 ~(wysylk|wysylani|przesylani|przysylani|dostarczani|reklam|katalog|newsletter|ulotek|ulotk|gazetek|gazetk)\\w*",
]
# "nie chcę przegapić wyprzedaży": to chęć, nie odmowa
PATTERNS["veto_subscribe"] += ["nie ...1 ~(chce|chcemy|chcialbym|chcialabym) ...1 ~(przegapic|przeoczyc|stracic|ominac|przegapiac)\\w*"]
# "Skąd macie mój numer? Proszę go usunąć": usunięcie odnoszące się do pytanych danych
PATTERNS["erase_ref"] = [
    "~(usun|usuncie|usunac|skasuj|skasujcie|skasowac|wymazcie|wymazac|zniszczcie|zniszczyc) ~(je|go|ja|to|ich)",
    "~(je|go|ja|ich) ...1 ~(usunac|usuncie|skasowac|skasujcie|wymazac|zniszczyc)",
]
PATTERNS["erasure"] += [
    "~(usun|usuncie|usunac|zniszcz|zniszczcie|zniszczyc|skasuj|skasowac|wymaz|wymazac)\\w* ...3 ~(cv|zyciorys\\w*|dokument\\w*|skan\\w*|skany|kopie|zaswiadczeni\\w*)",
]
PATTERNS["veto_erasure"] += [
    # "jeśli usunę konto, czy ...": warunek, nie prośba
    "~(jesli|jezeli|gdybym|gdy|kiedy) ...2 ~(usune|zamkne|skasuje|usunelabym|usunalbym|zamknelabym|zamknalbym)\\w*",
    # "konto zostanie usunięte z powodu braku aktywności": nasza zapowiedź
    "~(zostanie|zostana) ~(usuniet|skasowan|zamkniet)\\w* ...4 ~(powodu|braku|automatycznie|nieaktywn|ciagu)\\w*",
    # "usuwacie dane klientów": o praktyce firmy, nie o moich danych
    "~(usuwacie|usuwaja|kasujecie|kasuja) ~(dane|konta|konto)\\w* ~(klient|nieaktywn|uzytkownik)\\w*",
    # "obsługuję wnioski o dostęp i usunięcie danych": mowa o cudzych wnioskach
    "~(wnioski|wnioskow|wnioskami|wnioskach|zadania|zadan|zgloszenia|zgloszen|zgloszeniami) ...4 ~(usuniecie|usuniecia)",
    # "pisałam, żeby usunąć konto, ale zmieniłam zdanie"
    "~(usun|skasow|zamkn)\\w* ...8 ~(zmienil|zmienilam|zmienilem|zmienilismy)\\w* ~(zdanie)",
]
PATTERNS["veto_access"] += [
    "~(wnioski|wnioskow|wnioskami|wnioskach|zadania|zadan|zgloszenia|zgloszen|zgloszeniami) ...4 ~(dostep|dostepu)",
]
PATTERNS["disclaimer"] += [
    "~(zamierzonym|wlasciwym|prawidlowym)\\w* ~(odbiorca|adresatem)",
    "~(usun|usuncie|skasuj|zniszcz) ~(ja|te|je) ...4 ~(powiadom|poinformuj|zawiadom)\\w*",
]
PATTERNS["unsubscribe/weak"] += ["~(wykresl|skresl|wykreslcie|skreslcie|wykreslic|skreslic)\\w* ...3 ~(numer|adres|mail|email|telefon)\\w*"]
PATTERNS["subscribe"] += ["~(dodac|dodajcie|dodaj|wpisac|wpiszcie|wpisz) ...2 ~(mnie|nas|mnie) ...3 do ...2 ~(list\\w*|newsletter\\w*|mailing\\w*|subskrypc\\w*|wysylk\\w*)"]
# runda 7c: "żeby SMS-y przestały przychodzić", "nie życzę sobie, żebyście dzwonili",
# "newsletter ... już go nie potrzebuję"
PATTERNS["unsubscribe"] += [
    MKTG + " ...3 ~(przestal|przestaly|przestala|przestalo|przestana|przestanie)\\w* ...1 ~(przychodzic|przysylac|dzwonic|pisac|docierac)",
    "~(przestal|przestaly|przestala|przestalo|przestana|przestanie)\\w* ...1 ~(przychodzic|przysylac|dzwonic|pisac|docierac) ...3 " + MKTG,
    "nie ...1 ~(zycze|zyczymy|chce|chcemy) ...1 sobie [,] ~(zeby|aby|by|zebyscie|abyscie)\\w* ...4 ~(dzwonil|pisal|wysylal|przysylal|kontaktowal|nekal)\\w*",
    MKTG + " ...6 ~(go|ich|je|tego) ...1 nie ...1 ~(potrzebuj|chce|czytam|czytuje)\\w*",
]
PATTERNS["veto_erasure"] += [
    # "mój mąż usunął swoje konto": ktoś inny, już zrobione
    r"~(usunal|usunela|usuneli|usunely|skasowal|skasowala|skasowali|zamknal|zamknela|zamkneli) ~(swoje|swoj|swoja|swoich|swojego)",
    # "czy konto zostanie automatycznie usunięte": pytanie o zasady
    r"~(zostanie|zostana|jest|sa) ...1 automatycznie ...1 ~(usuniet|skasowan|usuwan|kasowan)\w*",
]
PATTERNS["erasure"] += [
    r"~(zlikwid|zlikwidujcie|zlikwidowac|zlikwidowanie)\w* ...3 ~kont\w*",
    r"~kont\w* ...2 do ~(zamkniecia|usuniecia|likwidacji|skasowania)",
    r"~(dane|danych) ...1 do ~(kosza|usuniecia|skasowania)",
]
# runda 8 (błędy czwartego testu na ślepo): konto bez słowa "usuń", prośby o niewykorzystywanie
# danych do czasu czegoś, pytania o przekazane dane i o nagrania, zmiany adresu w zamówieniu
PATTERNS["erasure"] += [
    # "nie chcę mieć u Was konta", "nie chcę już mieć konta"
    "nie ...1 ~(chce|chcemy|chcialbym|chcialabym) ...3 miec ...3 ~(kont|konta|profilu)\\w*",
    # "wyrejestrować ze sklepu / z serwisu": konto, nie lista
    "~(wyrejestr)\\w* ...4 ~(sklep|serwis|platform|portal|konta|kont|systemu|aplikacj)\\w*",
]
PATTERNS["veto_unsubscribe"] += [
    "~(wyrejestr)\\w* ...4 ~(sklep|serwis|platform|portal|konta|kont|systemu|aplikacj)\\w*",
]
# "nie udostępniajcie danych partnerom reklamowym": sprzeciw wobec przekazania (sieci reklamowe),
# nie wypis z marketingu: w zdaniu nie wywodzi się z niego rezygnacji
PATTERNS["profiling"] += ["~(partner|podmiot|firm|agencj|sieci)\\w* ~(reklamow|marketingow)\\w*"]
PATTERNS["objection"] += [
    # "nie chcę, żebyście korzystali z mojej historii do podsuwania mi produktów"
    "~(korzystal|wykorzystywal|uzywal|analizowal|przetwarzal)\\w* ...3 ~(moj)\\w* ...1 ~(histori|zakup|zachowan|aktywnosc)\\w*",
    "~(wylacz|wylaczcie|wylaczyc|wylaczenie)\\w* ...6 ~(polecan|rekomendac|personalizac|spersonalizowan|dopasowan)\\w*",
]
PATTERNS["restriction"] += [
    # "nie wykorzystywać do niczego do końca sprawy", "do czasu poprawienia – o nieprzekazywanie"
    "nie ~(wykorzyst|uzywa|uzyw|przetwarza|udostepnia|przekazywa)\\w* ...6 do ~(konca|czasu|zakonczenia|wyjasnienia|rozstrzygniecia)",
    "do ~(konca|czasu|zakonczenia|wyjasnienia|rozstrzygniecia) ...6 nie ~(wykorzyst|uzywa|uzyw|przetwarza|udostepnia|przekazywa)\\w*",
    "do czasu ...4 ~(nieprzekazywani|niewykorzystywani|nieprzetwarzani|nieudostepniani|nieuzywani)\\w*",
    "~(nieprzekazywani|niewykorzystywani|nieprzetwarzani|nieudostepniani|nieuzywani)\\w* ...8 do ~(czasu|konca|zakonczenia|wyjasnienia)",
]
PATTERNS["access"] += [
    # "jakie moje dane przekazaliście do BIK"
    "jakie ...3 " + DATA + " ...6 ~(przekazal|udostepnil|przekazywal|sprzedal|wyslal|przeslal)\\w*",
    # "czy zapisujecie moje zdjęcie albo dane biometryczne?"
    "czy ...1 ~(zapisujecie|przechowujecie|rejestrujecie|gromadzicie|nagrywacie) ...4 ~(zdjeci|wizerun|biometr|twarz|glos|nagran|dane)\\w*",
]
PATTERNS["rectification"] += [
    # "popraw cie", "zmien cie": rozdzielone tryby rozkazujące
    "~(popraw|zmien|zamien|zaktualizuj) ~(cie|cje)",
]
PATTERNS["veto_rectification"] += [
    # adres dostawy w zamówieniu / przesyłce: sprawa zamówienia, nie danych
    "~(zmien|zmian|popraw)\\w* ...2 adres ...1 dostawy ...4 ~(zamowieni|paczk|przesylk)\\w*",
    "~(zamowieni|paczk|przesylk)\\w* ...6 ~(zmien|zmian|popraw)\\w* ...2 adres ...1 dostawy",
    # "ktoś próbował zmienić adres": cudza próba, nie prośba
    "~(probowal|probowala|probowali|chcial|chciala|chcieli) ...1 ~(zmienic|zmodyfikowac|zaktualizowac|podmienic)",
]
PATTERNS["veto_complaint"] = [
    # "czy moje dane były w jakimś wycieku?": pytanie, nie skarga
    "czy ...4 ~(byly|bylo|byl|sa|zostaly) ...4 ~(wyciek)\\w*",
]
PATTERNS["privacy"] += ["pesel", "~(numer|numeru) ...1 ~(karty|dowodu|konta) ...1 ~(platnicz|osobist|bankow)\\w*"]
PATTERNS["veto_complaint"] += [
    # "czy zapisujecie moje zdjęcie?": pytanie o przetwarzanie, nie skarga
    "czy ...1 ~(zapisujecie|przechowujecie|rejestrujecie|gromadzicie|nagrywacie)",
]
PATTERNS["objection"] += [
    # "nie chcę, żebyście wykorzystywali moją historię zakupów": przeczenie jest częścią sprzeciwu
    "nie ...1 ~(chce|chcemy|zycze|zgadzam)\\w* ...4 ~(zeby|aby|by|zebyscie|abyscie)\\w* ...3 ~(korzystal|wykorzystywal|uzywal|analizowal|przetwarzal)\\w* ...4 ~(histori|zakup|zachowan|aktywnosc)\\w*",
]
PATTERNS["veto_rectification"] += [
    # "czy kurier może to poprawić": sprawa przesyłki
    "~(kurier|paczk|przesylk)\\w* ...4 ~(popraw|zmien)\\w*",
]
# "historia zakupów / przeglądania" to materiał profilowania: "nie wykorzystujcie historii zakupów
# do reklam" to sprzeciw, nie rezygnacja z reklam
PATTERNS["profiling"] += ["~(histori)\\w* ~(zakup|przegladan|zamowien|wyszukiwan)\\w*"]
# "dziękuję za usunięcie danych": podziękowanie za wykonane, nie prośba
PATTERNS["veto_erasure"] += ["~(dziekuje|dziekujemy|dzieki|dziekowac) ...1 za ...3 ~(usuniec|skasowan|wykasowan|zamkniec)\\w*"]
# "sprzeciwiam się wykorzystywaniu nagrań", "nagrania analizujecie": o użyciu nagrań, nie prośba o nie
PATTERNS["veto_access"] += [
    "~(sprzeciw|wykorzystywan|wykorzystujecie|wykorzystuja|analizowan|analizujecie|trenowan|uzywani|uzywacie)\\w* ...4 ~(nagran)\\w*",
    "~(nagran)\\w* ...4 ~(wykorzystywan|wykorzystujecie|wykorzystuja|analizowan|analizujecie|analizowane|trenowan|uzywacie)\\w*",
]
PATTERNS["access"] += [
    # "czy moje dane zostały przekazane podmiotom trzecim"
    "czy ...3 " + DATA + " ...6 ~(przekazan|udostepnion|sprzedan|przeslan)\\w*",
]
PATTERNS["objection"] += [
    # "nie zgadzam się, żeby moje dane były sprzedawane albo udostępniane komukolwiek"
    "nie ...2 ~(chce|chcemy|zycze|zgadzam)\\w* ...8 ~(sprzedawan|udostepnian|przekazywan)\\w*",
]
PATTERNS["rectification"] += [
    # "proszę o zmianę nazwy na koncie firmowym"
    "~(zmian|zmien|popraw|zaktualiz|aktualiz)\\w* ...2 ~(nazw)\\w* ...4 ~(kon|profil|dan|faktur)\\w*",
    # "Nowy tel.: 606 …"
    "nowy|nowa|nowe ~(tel|nr)",
]
PATTERNS["veto_rectification"] += [
    # "czy mogę zmienić paczkomat dla zamówienia": wybór odbioru, nie dane
    "~(zmien|zmian|popraw)\\w* ...2 ~(paczkomat|punkt|termin|godzin)\\w*",
]


# kept channels ("the e-mails are fine"): see patterns.keep_patterns
_KEEP_CH = r"~(e?maile?|maili|mailing\w*|newsletter\w*|sms\w*|esemes\w*|katalog\w*|gazetk\w*|ulotk\w*|listy|telefony)"
PATTERNS["keep"] = keep_patterns(
    _KEEP_CH,
    "{CH} moga|moze [dalej|nadal] byc|przychodzic|zostac|zostac",
    "{CH} [prosze] zostawcie|zostawic|zostaw",
    "zostawcie|zostawic [mi] ...2 {CH}",
    "{CH} sa|jest [dla] [mnie] ok|okej|spoko|przydatne|fajne",
    "{CH} sa|jest [dla] [mnie] w porzadku",
    "{CH} [mi] nie przeszkadzaja|przeszkadza",
    "wystarcza|wystarczą [mi] {CH}",
    "na {CH} sie|się zgadzam",
)

# jak nadawca już się z nami kontaktował ("telefonicznie wypisałem się", "pisałam maila")
# nie jest kanałem prośby
PATTERNS["medium"] += [
    r"~(telefonicznie|mailowo|listownie|pisemnie) ...3 ~(wypisal|prosil|zglasza|zglosil|informowal|mowil|zrezygnowal)\w*",
    r"~(pisalam|pisalem|napisalam|napisalem|pisalismy|napisalismy) ...3 ~(maila|mail|email|list|wiadomosc)\w*",
    r"~(zadzwonilam|zadzwonilem|dzwonilam|dzwonilem)",
]

# "ze wszystkiego", "ze wszystkich list", "dajcie mi święty spokój", "nic więcej"
PATTERNS["all_channels"] += [
    "swiety spokoj",
    "niczego innego",
    "kontaktowal|kontaktowala|kontaktowali ...3 w celach handlowych|marketingowych",
]

# "newsletter mailowy czytam i niech zostanie": kept
PATTERNS["keep"] += keep_patterns(_KEEP_CH, "{CH} ...4 niech zostanie|zostana|przychodzi|przychodza")
# "wysłane z telefonu" (a phone's signature) is no channel
PATTERNS["medium"] += [r"~(wyslane|wyslano) z ~(telefonu|komorki|smartfona|iphonea|iphone)"]

# "możecie mnie wywalić z tych maili?" (kick me off)
PATTERNS["unsubscribe"] += [r"~(wywal|wyrzuc|wykresl|wykreśl)\w* [mnie] ...2 z|ze ...2 ~(mail|newsletter|list|sms|baz|wysyl|mailing)\w*"]

# "nie chcę o Was więcej słyszeć", "zostawcie mnie w spokoju": stop contacting me, every
# channel (labels.md)
PATTERNS["unsubscribe+all_channels"] += [
    "nie ...2 chce|chcemy ...3 was|wami|carerra ...2 slyszec",
    "nie ...2 chce|chcemy ...2 slyszec ...2 o|od was|wami|carerra",
    "zostawcie|zostawic|zostaw ...2 mnie|nas ...2 w spokoju",
]
# giving consent is a sign-up: "zgadzam się na wszelkie informacje marketingowe"
PATTERNS["subscribe"] += [r"~(zgadzam|zgadzamy) sie na ...4 ~(informacj|newsletter|marketing|ofert|sms|powiadomie|reklam|promocj|kontakt|wiadomosc|mail|gazetk|katalog)\w*"]
PATTERNS["veto_subscribe"] += ["nie ~(zgadzam|zgadzamy)"]

# the sender says not to delete, cancels a deletion or reports one: never an erasure
# acted on without review (a safety cue: the model does not see it, hybrid.decide_intents)
PATTERNS["guard_keep_data"] = [
    "nie ...2 ~(usuwajcie|usuwac|kasujcie|usuwaj|usunac|usuncie|kasowac|usuwali)",
    r"~(anulujcie|anulowac|cofnijcie|wycofuje|wycofac) ...4 ~(usuniecia|usuniecie|usuniecie)\w*",
    r"~(usuneliscie|skasowaliscie|usunieto|skasowano)\w*",
]

# round 13 (misses of the fourteenth to seventeenth splits, now train/dev): "nie życzę sobie
# żadnego kontaktu z Waszej strony" (every channel); "sprzeciw wobec telemarketingu" is a
# stop of the calls beside the objection
PATTERNS["unsubscribe+all_channels"] += ["nie ...1 zycze|chce [sobie] ~(zadnego|zadnych) ~(kontakt\\w*)"]
PATTERNS["unsubscribe"] += [r"~(sprzeciw)\w* ...6 ~(telemarketing\w*)"]

# round 14 (misses of the twentieth split, now train): "wszystko przeglądam w telefonie"
# is where the reading happens, not the calls channel
PATTERNS["device"] += ["w|na [moim|swoim] telefonie|komorce|smartfonie"]
# round 14 (misses of the twenty-first split, now dev): "przestańcie do mnie wydzwaniać"
# are the calls; "potwierdzenie dostałam mailem",
# "prosiłam mailem o wypisanie" is how the sender wrote before, not a channel of the stop
PATTERNS["ch_phone"] += [r"~(wydzwani\w*|nawydzwania\w*)"]
PATTERNS["medium"] += [r"~(prosil|dostal|pisal|napisal|zglaszal|zglosil|wysylal|wyslal|odpisal)\w* ...2 ~(mailem|emailem|e-mailem|mailowo|smsem|sms-em|listem|telefonicznie)"]
# round 15 (twenty-second split): "na jej telefon przychodzą SMS-y" is the device
PATTERNS["device"] += ["na|przez|w jej|jego telefon|komorke|telefonie|komorce"]
# round 16 (misses of the twenty-third split, now train): "faktycznie nic więcej nie
# przychodzi" tells of a stop done
PATTERNS["veto_unsubscribe"] += [r"~(wypisal|wypisan|usunel|usunie)\w* ...10 ~(nic) [wiecej|juz] nie ~(przychodzi|przyszlo|dochodzi)"]
# round 18 (misses of the twenty-fifth split, now dev): "telefon mi pika co chwilę" is
# where the texts arrive, not the calls; "SMS-y ... więc proszę je wyłączyć" is a stop
PATTERNS["device"] += [r"~(telefon|komorka|smartfon) [mi|ciagle|caly|ciagle] ~(pika|piszczy|wibruje|brzeczy|pikal|wibrowal)\w*"]
PATTERNS["unsubscribe"] += ["prosze ~(je|ich|te) ~(wylaczyc|wylaczcie|zatrzymac|zatrzymajcie|wstrzymac|wstrzymajcie)"]
# "Proszę, żeby te telefony ustały" is a stop
PATTERNS["unsubscribe"] += ["prosze ...4 ~(ustaly|ustana|przestaly|przestana|skonczyly|skoncza|ustalo|ustanie)"]
# round 19 (misses of the twenty-sixth split, now train): "newsletter mailowy czytam
# chętnie i proszę go dalej wysyłać" keeps it, asks for no sign-up
PATTERNS["keep"] += keep_patterns(_KEEP_CH, "{CH} [mailowy|mailowe|mailowa] czytam [bardzo] chetnie")
PATTERNS["veto_subscribe"] = PATTERNS.get("veto_subscribe", []) + ["go|je dalej|nadal ~(wysylac|przysylac|dostawac)"]
# round 20 (misses of the twenty-seventh split, now train): "Nie chcę już nigdy więcej mieć
# z Wami kontaktu" is every channel
PATTERNS["unsubscribe+all_channels"] += [r"nigdy [juz] wiecej ...4 ~(kontakt\w*)"]
# round 21 (misses of the twenty-eighth split, now train): "Nie chcę już nigdy więcej o Was
# słyszeć" is every channel
PATTERNS["unsubscribe+all_channels"] += ["nie ...2 chce|chcemy ...5 was|wami|carerra ...2 slyszec"]
# round 22 (misses of dev): "wzywam do zaprzestania kierowania jakichkolwiek komunikatów o
# charakterze handlowym" is a stop; "Nie chcę więcej słyszeć o Carerze w żadnej formie" is
# every channel (the company's name declined)
PATTERNS["unsubscribe"] += [r"~(zaprzestania|zaprzestanie|zaprzestac|zaprzestaniu) ...3 ~(kierowania|wysylania|przesylania|dzwonienia|kontaktowania|wysylki|przekazywania)\w*"]
PATTERNS["unsubscribe+all_channels"] += ["nie ...2 chce|chcemy ...3 slyszec o|od ~(carerze|carerry|was|wami|waszej|waszym|panstwa|panstwu)"]
PATTERNS["all_channels"] += ["w zadnej formie"]
# round 23 (misses of the thirtieth and thirty-first splits, now train and dev): "SMS-y
# proszę wyłączyć"; "Nie chcę już nigdy nic od Was usłyszeć" is every channel; a phone
# number given ("Telefon 697 …") is no calls channel when another channel is named;
# "Zniknęły punkty z karty" (the points vanished)
# asks for no erasure
PATTERNS["unsubscribe"] += [MKT + r" [prosze] ~(wylaczyc|wylaczcie|wylacz|wstrzymac|wstrzymajcie)"]
PATTERNS["unsubscribe+all_channels"] += [r"nie ...2 chce|chcemy ...6 od|o ~(was|wami|carerze|carerry) ~(uslyszec|slyszec)"]
PATTERNS["device"] += [r"~(telefon|tel|kom|komorka) [:|.] ~\d.*"]
PATTERNS["erasure"] = [p for p in PATTERNS["erasure"] if p != "~(zniknely|zniknac|zapomnieli|zapomnijcie)\\w*"] + [
    "~(zniknac|zapomnieli|zapomnijcie)\\w*"]
# round 24 (misses of the thirty-second and thirty-third splits, now train and dev): "SMS-ów z
# promocjami już nie chcę" is a stop; "co się stanie po kliknięciu „wypisz się”" asks
# about a button; "nie
# proszę o wypisanie z newslettera", "wypisałam się sama" ask for no stop; "proszę przestać
# śledzić otwarcia moich maili" objects to tracking
PATTERNS["unsubscribe"] += [MKT + r" ...3 juz nie ~(chce|chcemy)"]
PATTERNS["veto_unsubscribe"] += [
    r"co ...4 po ~(kliknieciu|nacisnieciu) ...3 ~(wypisz|wypisanie|wypisac)\w*",
    r"nie prosze o ~(wypisanie|wypisaniu)", r"~(wypisalam|wypisalem|wypisalismy) sie ~(sama|sam|sami|juz)",
    r"~(przestac|przestancie|przestan) ~(sledzic|monitorowac|analizowac|profilowac|mierzyc)",
]
# round 25 (misses of the thirty-fourth and thirty-fifth splits, now train and dev):
# "Newsletter zostawiam, SMS-y proszę wyłączyć" keeps the newsletter
PATTERNS["keep"] += keep_patterns(_KEEP_CH, "{CH} [mailowy] ~(zostawiam|zostawiamy|zostaje)")
# round 26 (misses of the thirty-sixth and thirty-seventh splits, now train and dev):
# "usuńcie mnie ze wszystkiego: konto, karta, newsletter" also stops the newsletter
PATTERNS["unsubscribe"] += [r"~(usuncie|usun|skasujcie|skasuj) mnie ze|z wszystkiego"]
# round 27 (misses of the thirty-eighth and thirty-ninth splits, now train and dev): "Ani maili,
# ani telefonów, ani gazetek, nic." is every channel; "o niedzwonienie do niej" is the phone;
# "Maili nie czytam, więc wolę telefon" keeps no e-mail
PATTERNS["ch_email+ch_sms+ch_post+ch_phone"] = PATTERNS.get("ch_email+ch_sms+ch_post+ch_phone", []) + ["ani ...3 ani ...6 ~(nic|niczego)"]
PATTERNS["ch_phone"] += [r"~(niedzwoni|niedzwonie)\w*"]
PATTERNS["no_channel"] = PATTERNS.get("no_channel", []) + [
    r"~(maili|maila|maile|emaili|emaile) nie ~(czytam|czytuje|odczytuje|otwieram|sprawdzam)"]

# round 29 (misses of the forty-second and forty-third splits, now train/dev):
# "niezależnie od kanału" is every channel
PATTERNS["all_channels"] += [r"~(niezaleznie) od ~(kanalu|kanalow|formy|sposobu|srodka)"]

# round 30 (channel misses of the training and dev data): kept in other words
# ("newsletter czytam chętnie i niech przychodzi dalej"); "nie mam maila" names none
PATTERNS["keep"] += keep_patterns(
    _KEEP_CH,
    "{CH} czytam [z] ~(chetnie|przyjemnoscia)",
    "{CH} ...1 niech ~(przychodzi|przychodza) [dalej]",
)
PATTERNS["no_channel"] = PATTERNS.get("no_channel", []) + [
    r"nie ~(mam|ma|mamy|maja) ~(maila|emaila|e-maila|adresu|komputera|internetu)",
]
# a phone as the device the texts reach ("to telefon służbowy", "jej telefon")
PATTERNS["device"] += [r"~(moj|moja|jej|jego|ich|twoj) [sluzbowy|prywatny] ~(telefon|komorka|komorke|smartfon|iphone)", r"~(telefon) ~(sluzbowy|prywatny)"]

# round 31 (channel misses of the training and dev data): "wypisać ze wszystkiego" —
# every channel ("ze wszystkich list" is not: writers split on "all your lists")
PATTERNS["all_channels"] += [r"ze ~(wszystkiego)"]
# "kartka urodzinowa z bonem", "listy z ofertami": printed mail
PATTERNS["ch_post"] += [r"~(kartk\w*) ~(urodzinow\w*)", r"~(listy|listow) z ~(ofertami|reklamami|oferta)"]

# round 32 (channel misses of the forty-eighth split): "można się tak zapisać przez maila"
# says how to sign up, not to which channel
PATTERNS["medium"] += [r"~(zapisac|zglosic|zapisywac) ...2 przez ~(maila|mail|email|emaila|e-mail)"]

# round 33 (misses of the fiftieth and fifty-first splits): "ani w żaden inny sposób" is
# every channel; "nikt nie zadzwonił" (the courier) is the story, not a channel
PATTERNS["ch_email+ch_sms+ch_post+ch_phone"] = PATTERNS.get("ch_email+ch_sms+ch_post+ch_phone", []) + ["w zaden inny sposob"]
PATTERNS["medium"] += [r"nikt ~(nie) ~(zadzwonil|zadzwonila|dzwonil|oddzwonil)"]

# round 34 (misses of the fifty-second and fifty-third splits): "Nie chcę już od Was NICZEGO
# dostawać" is every channel
PATTERNS["ch_email+ch_sms+ch_post+ch_phone"] += [r"~(niczego|nic) ...3 ~(dostawac|otrzymywac|przysylac|wysylac)"]

# round 35 (misses of the fifty-fourth and fifty-fifth splits): "SMS-y z kodami proszę
# wyłączyć" stops them (words between); "w zeszłym roku wypisałem się ze wszystkiego ...
# ale teraz" tells an old stop before a sign-up, "Proszę z powrotem włączyć mi maile"
PATTERNS["unsubscribe"] += [r"~(smsy|sms|maile|maili|newsletter|newslettery|telefony|katalogi|gazetki|ulotki) ...4 prosze ~(wylaczyc|wstrzymac|zablokowac|wycofac|usunac)"]
PATTERNS["veto_unsubscribe"] += [r"~(wypisalem|wypisalam|wypisal|wypisala|wypisalismy|zrezygnowalem|zrezygnowalam) sie ...8 ale ~(teraz|jednak)"]
PATTERNS["subscribe"] += [r"~(wlaczyc|wlaczcie|wlacz|aktywowac|aktywujcie) ...2 ~(maile|maili|smsy|sms|newsletter|newslettery|powiadomienia|oferty)"]

# round 37 (misses of the fifty-eighth and fifty-ninth splits): "mama mnie kiedyś zapisała
# na wasz newsletter" tells who signed the sender up, it asks no sign-up; "da się to
# wyłączyć?" asks to switch it off (the pronoun before the verb)
PATTERNS["veto_subscribe"] += [r"~(zapisal|zapisala|zapisali|zapisaly)"]
PATTERNS["unsubscribe/weak"] += [r"~(to|je|ich|te) ~(wylaczyc|wylaczcie|zatrzymac|zatrzymajcie|wstrzymac|wstrzymajcie|zablokowac|zablokujcie)"]
# "ani tej makulatury, którą wrzucacie mi do skrzynki" is the post
PATTERNS["ch_post"] += [r"~(makulatur)\w*"]

# runda 39 (błędy sześćdziesiątego drugiego i trzeciego podziału): "odpowiedź na moje
# żądanie usunięcia danych" opisuje wcześniejsze żądanie, o nic nie prosi
PATTERNS["veto_erasure"] += [r"~(odpowiedz|odpowiedzi) na ~(moje|moj|moja|nasze) ~(zadanie|wniosek|prosbe|zgloszenie) ~(usuniecia|o)"]

# runda 41 (błędy sześćdziesiątego czwartego do siódmego podziału): "te SMS-y z
# promocjami ... to sobie darujcie" rezygnuje z nich
PATTERNS["unsubscribe"] += [MKT + r" ...10 ~(to|je|ich|te) sobie ~(darujcie|darujecie|darowac|odpuscie|odpuscic)"]
# "wiem, że po zamknięciu konta Państwa dane powinny zostać usunięte" opisuje zasadę, o nic
# nie prosi
PATTERNS["veto_erasure"] += [r"~(wiem|wiemy|rozumiem|rozumiemy|wiadomo) [,] ~(ze|iz) ...8 ~(powinny|powinno|powinien|powinna|musza|maja) ~(zostac|byc) ~(usuniete|usuniety|usunieta|skasowane|skasowany|wykasowane)"]
# "OSTATECZNE POWIADOMIENIE: wygaśnięcie domeny ... Niniejsza wiadomość nie jest fakturą"
# is a domain-listing scam
PATTERNS["spam"] += [r"~(domen)\w* ...6 ~(wygas|odnow|rejestracj)\w*", r"~(wygas|odnow)\w* ...3 ~(domen)\w*", "nie jest faktura"]

# round 44 (round 43's misses on the seventy-second and seventy-third splits): "wolę
# porozmawiać z konsultantem niż czytać maile" names no e-mail; "Maile mogą dalej
# przychodzić" keeps them; "pikającego telefonu" is the device; "usunąć z konta stary adres
# ... i wpisać w jego miejsce nowy" replaces an address, it erases nothing
PATTERNS["no_channel"] += [r"~(niz|zamiast) ~(czytac|czytanie|sprawdzac|przegladac) ~(maile|maili|e-maile|emaile|wiadomosci)"]
PATTERNS["keep"] += keep_patterns(_KEEP_CH, r"{CH} ~(moga|moze) ~(dalej|nadal|wciaz) ~(przychodzic|przychodza)")
PATTERNS["device"] += [r"~(pikajac|dzwoniac|wibrujac|brzeczac)\w* ~(telefon)\w*"]
PATTERNS["veto_erasure"] += [r"~(usunac|usuniecie|skasowac|wykasowac)\w* ...24 ~(wpisac|wprowadzic|dodac|ustawic|podac|zapisac) ...2 w ~(jego|ich|tego) ~(miejsce)"]

# round 45 (round 44's misses on the seventy-fourth and seventy-fifth splits): "mi pika
# telefon" is the device; "można się zapisać mailowo" is how to sign up, no channel (not
# "da się to wyłączyć?" as a stop: as often about the app's analytics)
PATTERNS["device"] += [r"~(pika|pikal\w*|brzeczy|wibruje|dzwoni) ...2 ~(telefon)\w*"]
PATTERNS["no_channel"] += [r"~(mozna|moge|mozesz|mozna) sie ~(zapisac|wypisac) ~(mailowo|mailem|emailem|e-mailem|przez)"]
# "jak już mi to pokażecie, to chcę, żebyście to wszystko skasowali" (the data asked about)
PATTERNS["erase_ref"] += [r"~(to|je|go|ich) [wszystko|wszystkie] ~(skasowali|usuneli|wykasowali|wymazali|zniszczyli)"]

# round 46 (round 45's misses on the seventy-sixth and seventy-seventh splits): "niech te
# SMS-y też się wreszcie skończą", "ani jednego SMS-a więcej" stop; "tylko mnie
# okłamaliście" complains
PATTERNS["unsubscribe"] += [r"niech ...2 " + MKT + r" ...4 ~(skoncza|skonczy|przestana|przestanie|ustana|ustanie|znikna)",
                            r"ani ~(jednego|jednej) " + MKT + r" wiecej"]
PATTERNS["complaint"] += [r"~(oklamaliscie|oklamali|oklamujecie|oszukaliscie)"]
# "maile z newsletterem mogą dalej przychodzić" keeps them; "Nie chcę, żeby ktokolwiek z
# Carerry kontaktował się ze mną" is every channel
PATTERNS["keep"] += keep_patterns(_KEEP_CH, r"{CH} ...2 ~(moga|moze) ~(dalej|nadal|wciaz) ~(przychodzic|przychodza)")
PATTERNS["unsubscribe+all_channels"] += [r"nie ~(chce|chcemy|zycze) ...3 ~(ktokolwiek|nikt) ...6 ~(kontaktowal|kontaktowala|kontaktowali|dzwonil|dzwonila|dzwonili)\w*"]
# "Ale SMS-y o 8 rano w sobotę to już przesada – te proszę wyłączyć"
PATTERNS["unsubscribe"] += [MKT + r" ...12 ~(te|je|to|ich) ~(prosze|prosimy) ~(wylaczyc|zablokowac|wstrzymac|anulowac)"]
# "Proszę tylko, żeby dane, które podawałem przy wyrabianiu karty (...), zostały usunięte"
PATTERNS["erasure"] += [r"~(zeby|aby) ~(dane|moje|wszystkie) ...32 ~(zostaly|zostanie|zostana) ~(usuniete|skasowane|wykasowane|usuniety|skasowany)"]

# round 47 (round 46's misses on the seventy-eighth and seventy-ninth splits): "Wyrzućcie
# moje dane ze swojego systemu", Silesian "coby żeście wyciepli moje dane", "Pozbądźcie się
# moich danych" erase
PATTERNS["erasure"] += [r"~(wyrzuccie|wyrzucic|wyrzucili|wyrzucilibyscie|wyciepli|wyciepcie|wyciepac|wywalcie|wywalic|wywalili) ...3 ~(moje|moich|mojego|moj|moja|moimi) ~(dane|danych|danymi|konto|konta|informacje)",
                        r"~(pozbadzcie|pozbyc|pozbedziecie|pozbyli|pozbadz) sie ~(moich|mojego|moj|wszystkich) ~(danych|konta|informacji)"]

# round 48 (round 47's misses on the eightieth and eighty-first splits): "proszę o
# wykreślenie mnie z Państwa kartoteki klientów" erases (a register, not a mailing list);
# "Proszę o kontakt mailowy, nie telefoniczny" (about the order) names no channel of the stop
PATTERNS["erasure+veto_unsubscribe"] = PATTERNS.get("erasure+veto_unsubscribe", []) + [
    r"~(wykreslenie|wykreslic|wykreslcie|wykreslenia) ~(mnie|nas|mojej|moich|moje) ...4 ~(kartotek\w*|baz\w*|rejestr\w*|ewidencj\w*|system\w*)"]
PATTERNS["no_channel"] += [r"o kontakt ~(mailowy|emailowy|telefoniczny|listowny) [,] [nie] [mailowy|emailowy|telefoniczny]"]

# round 50 (round 49's misses on the eighty-fourth and eighty-fifth splits): Silesian "Niy
# dzwóńcie już do mie z tymi ofertami" stops
PATTERNS["unsubscribe"] += [r"niy ~(dzwoncie|dzwonic|piszcie|pisac|wysylejcie|wysylajcie|sliejcie)"]
PATTERNS["veto_subscribe"] += [r"niy ~(dzwoncie|dzwonic|piszcie|pisac|wysylejcie|wysylajcie|sliejcie)"]

# round 52 (round 51's misses on the eighty-eighth and eighty-ninth splits): "Po
# udzieleniu tej informacji proszę to wszystko skasować" erases; "Proszę o dopisanie
# mojego numeru ... do powiadomień SMS o promocjach" and "newsletter mailowy chętnie bym
# dostawała" sign up; "skończyć z telefonami ... i SMS-ami" stops
PATTERNS["erasure"] += [r"prosze ~(to|je|wszystko|te) [wszystko] " + DELV]
PATTERNS["subscribe"] += [r"~(dopisanie|dopisac|dopiszcie|dodanie|dodac|dodajcie) ...6 do ...2 ~(powiadomien|listy|newslettera|sms|smsow|ofert)",
                          r"~(newsletter|newsletter\w*|maile|oferty) ...2 ~(chetnie|bardzo) ~(bym|bede) ~(dostawala|dostawal|otrzymywala|otrzymywal|dostawac|otrzymywac)"]
PATTERNS["unsubscribe"] += [r"~(skonczyc|skonczcie|skonczmy) ~(z|ze) " + MKT]

# round 54 (round 53's misses on the ninety-second and ninety-third splits): "nie życzę
# sobie żadnego dalszego kontaktu ..., w jakiejkolwiek formie" and "przestać się ze mną
# kontaktować – mailem, esemesem, jakkolwiek" are every channel; "proszę zmienić moje
# zgody: bez SMS-ów i bez telefonów. Maile mogą przychodzić jak dotąd" stops the two and
# keeps the mails (no correction); "newsletter mailowy ... chcę go dalej dostawać.
# Natomiast SMS-y proszę mi wyłączyć" stops the texts; "Nie chcę dostawać takich
# wiadomości na telefon" is texts; "Ten adres e-mail podał mi Państwa telemarketer" and
# "razem z całą tą korespondencją" name no channel
PATTERNS["unsubscribe+all_channels"] += [r"nie zycze sobie ~(zadnego|dalszego|jakiegokolwiek) ...2 ~(kontaktu|kontaktow)"]
PATTERNS["all_channels"] += [r"w ~(jakiejkolwiek|kazdej) ~(formie|postaci)"]
PATTERNS["ch_email+ch_sms+ch_post+ch_phone"] = PATTERNS.get("ch_email+ch_sms+ch_post+ch_phone", []) + [
    r"~(mailem|smsem|esemesem|telefonicznie|listownie|telefonem) ...1 jakkolwiek"]
PATTERNS["unsubscribe"] += [r"~(zgody|zgod|zgode|zgodach) ...2 bez ~(smsow|esemesow|telefonow|maili|mailingu|newslettera|gazetek|ulotek|listow|dzwonienia)",
                            r"~(smsy|esemesy|maile|newslettery|telefony|powiadomienia|gazetki|ulotki) prosze [mi|nam] ~(wylaczyc|wstrzymac|zablokowac|odwolac|anulowac)"]
PATTERNS["veto_rectification"] = PATTERNS.get("veto_rectification", []) + [r"~(zmienic|zmiencie|zmiana|zmiane|zmienienie) ~(moje|moich|mojej|moja) ~(zgody|zgod|zgode|zgoda)"]
PATTERNS["keep"] += keep_patterns(_KEEP_CH, r"{CH} ~(moga|moze) ~(przychodzic|przychodza|przychodzi) jak ~(dotad|dotychczas|wczesniej|zwykle)")
PATTERNS["keep"] += keep_patterns(_KEEP_CH, r"{CH} [mailowy|mailowe] ...4 ~(chce|chcialbym|chcialabym) go ~(dalej|nadal|wciaz) ~(dostawac|otrzymywac)")
PATTERNS["ch_sms"] += [r"~(wiadomosci|wiadomosc) na ~(telefon|komorke|telefonie|komorce)"]
PATTERNS["no_channel"] += [r"ten adres ~(email|mail|emailowy|mailowy)",
                           r"~(cala|caly|calym) ~(ta|te|tym) ~(korespondencja|korespondencje|korespondencji)"]

# round 55 (round 54's misses on the ninety-fourth and ninety-fifth splits): "cofam
# wszystkie zgody marketingowe" (naming the e-mail and the phone among them) and "Proszę
# mnie zapisać na wszystko ... – wszystkie możliwe kanały" are every channel; "newsletter
# mailowy czytam chętnie i proszę go dalej wysyłać" keeps it, and "SMS-y ... – tych już
# nie chcę" stops them
PATTERNS["ch_email+ch_sms+ch_post+ch_phone"] = PATTERNS.get("ch_email+ch_sms+ch_post+ch_phone", []) + [
    r"~(cofam|wycofuje|odwoluje) wszystkie ~(zgody|zgode) ~(marketingowe|handlowe|reklamowe)",
    r"wszystkie ~(mozliwe|dostepne) ~(kanaly|kanal)"]
PATTERNS["keep"] += keep_patterns(_KEEP_CH, r"{CH} [mailowy|mailowe] ...4 prosze ~(go|je) ~(dalej|nadal|wciaz) ~(wysylac|przesylac|wysylajcie)")
PATTERNS["unsubscribe"] += [r"~(tych|takich) ~(juz|wiecej) nie ~(chce|chcemy|potrzebuje)"]

# runda 56 (błędy rundy 55 na 96. i 97. podziale): "I wykasujcie wszystko, co o mnie
# macie" erases; "przestańcie mnie nękać jakimikolwiek reklamami", "nie zawracajcie mi
# już głowy żadnymi ofertami" and "Nie piszcie, nie dzwońcie" stop every channel; "nie wysyłajcie mi nic do domu" is post
PATTERNS["erasure+veto_access"] = PATTERNS.get("erasure+veto_access", []) + [
    r"~(wykasujcie|skasujcie|wykasuj|skasuj|wymazcie|usuncie) wszystko ...2 ~(co|czego) ...4 ~(macie|posiadacie|trzymacie)"]
PATTERNS["ch_email+ch_sms+ch_post+ch_phone"] = PATTERNS.get("ch_email+ch_sms+ch_post+ch_phone", []) + [
    r"~(nekac|nekajcie|nekali|zawracajcie|zawracac|zawracali) ...4 ~(jakimikolwiek|zadnymi) ~(reklamami|ofertami|promocjami)", r"nie piszcie , nie ~(dzwoncie|telefonujcie)"]
PATTERNS["ch_post"] += [r"~(wysylajcie|przysylajcie|wysylac|przysylac|wysylali|przysylali) ...2 do domu"]

# runda 57 (błędy rundy 56 na 98. i 99. podziale): "nie życzę sobie otrzymywania ...
# jakichkolwiek treści reklamowych" stops; "wycofuje wszelkie zgody" (a lawyer for a
# client) is every channel
PATTERNS["unsubscribe"] += [r"nie ~(zycze|zyczy|zyczymy) sobie ~(otrzymywania|dostawania|przesylania|wysylania) ...8 ~(reklamowych|handlowych|marketingowych|reklam|ofert)"]
PATTERNS["ch_email+ch_sms+ch_post+ch_phone"] += [r"~(wycofuje|wycofujemy|cofam|cofa|wycofuja) wszelkie ~(zgody|zgode)"]

# runda 60 (błędy rundy 59 w podziałach 104 i 105): "Chodzi mi wyłącznie o to, żeby nie
# przychodziły maile reklamowe" stops the mail; "koleżance ostatnio skasowaliście całe
# konto" tells of someone else's deletion, no erasure
PATTERNS["unsubscribe"] += [r"zeby nie ~(przychodzily|przychodzil|przychodzilo|przychodzila) ~(maile|smsy|esemesy|katalogi|gazetki|ulotki|newslettery|telefony)"]
PATTERNS["veto_erasure"] += [r"~(skasowaliscie|usuneliscie|wykasowaliscie) ...3 ~(konto|dane)"]
