"""Spanish and Portuguese cue patterns (round 7): what the rules alone decide, so the
checks do not move with a retrained model. Each case fails if its cue is removed."""

from __future__ import annotations

import pytest

from tests.pattern_support import round_cases, rules

ALL = {"email", "sms", "post", "phone"}




@pytest.mark.parametrize(("body", "intents", "channels"), [
    # es: a negated want with "ni ... ni" is the stop, not a negated stop
    ("No quiero ni SMS ni correos por mi santo ni por nada.", {"unsubscribe"}, {"sms", "email"}),
    # the object before the verb
    ("Los correos de ofertas ya no los quiero, gracias.", {"unsubscribe"}, {"email"}),
    # "marcar" is to call in Latin American Spanish
    ("Ya no me marquen para venderme planes, por favor.", {"unsubscribe"}, {"phone"}),
    # "todo" closing a list of channels: every channel
    ("dejen de mandarme promos, mails, sms, todo. gracias", {"unsubscribe"}, ALL),
    # "dejen de contactarme" with the pronoun: every channel
    ("Por favor, paren de molestarme de una vez.", {"unsubscribe"}, ALL),
    # an objection to direct marketing stays a stop beside profiling
    ("Me opongo al tratamiento de mis datos con fines de mercadotecnia directa, incluidos "
     "los perfiles.", {"objection", "unsubscribe"}, ALL),
    ("Absténganse de enviarme SMS.", {"unsubscribe"}, {"sms"}),
    ("Quiero anular la suscripción al boletín.", {"unsubscribe"}, {"email"}),
    ("Dejen de enviarme cosas a casa.", {"unsubscribe"}, {"post"}),
    ("No más televenta, por favor.", {"unsubscribe"}, {"phone"}),
    # pt: the object first, "nem ... nem", "parem de me contactar"
    ("Os SMS de promoção eu não quero mais.", {"unsubscribe"}, {"sms"}),
    ("Não quero nem SMS nem e-mails vossos.", {"unsubscribe"}, {"sms", "email"}),
    ("Parem de me contactar. Já disse isto ao telefone duas vezes.", {"unsubscribe"}, ALL),
    ("Peço que deixem de lhe enviar correspondência publicitária.", {"unsubscribe"}, {"post"}),
    ("Quero sair da lista.", {"unsubscribe"}, {"email"}),
    ("Solicito o cancelamento de todas as comunicações comerciais.", {"unsubscribe"}, ALL),
    ("Abstenham-se de me enviar SMS.", {"unsubscribe"}, {"sms"}),
    ("Deixem de me enviar torpedos.", {"unsubscribe"}, {"sms"}),
    ("n quero mais receber nada de voces", {"unsubscribe"}, {"email"}),
    # a stop holding its own negation after "no me interesa y" (cues: not negated across "y")
    ("No me interesa y no quiero que me vuelvan a llamar.", {"unsubscribe"}, {"phone"}),
    ("Não tenho interesse e não quero que me liguem de novo.", {"unsubscribe"}, {"phone"}),
    ("Agradecia que me tirassem dessa lista.", {"unsubscribe"}, {"email"}),
    # a past sign-up told as the problem is no sign-up
    ("A minha filha inscreveu-se na vossa newsletter. Retirem-na da lista.", {"unsubscribe"},
     {"email"}),
    ("¿Me pueden eliminar del grupo de WhatsApp de ofertas?", {"unsubscribe"}, {"sms"}),
    ("No deseo recibir comunicaciones comerciales por ninguna vía.", {"unsubscribe"}, ALL),
    ("Quero sair dos SMS promocionais, mas continuar a receber a newsletter.", {"unsubscribe"},
     {"sms"}),
    ("Buen día, favor de ya no enviarme correos promocionales.", {"unsubscribe"}, {"email"}),
    ("Suprímanme de su lista de distribución.", {"unsubscribe"}, {"email"}),
    ("Hola! porfa no me escriban mas al wsp", {"unsubscribe"}, {"sms"}),
    ("Deixem-me em paz com essas mensagens.", {"unsubscribe"}, {"sms"}),
    # sign-ups asked as a question
    ("¿Es posible recibir las ofertas por SMS?", {"subscribe"}, {"sms"}),
    ("É possível receber as promoções por SMS?", {"subscribe"}, {"sms"}),
])
def test_round7_stops_and_channels(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got == intents, u.evidence
    assert chans == channels, u.evidence


@pytest.mark.parametrize(("body", "intents"), [
    # tracking and location are objections, no stop and no sign-up
    ("Quítenme la analítica y el seguimiento de la cuenta.", {"objection"}),
    ("No quiero que usen mi ubicación para mandarme ofertas de tiendas cercanas.",
     {"objection"}),
    # ARCO (México): "cancelación" is the erasure
    ("Ejerzo mi derecho de cancelación sobre la totalidad de mis datos.", {"erasure"}),
    # "que se borre" is a wish, not the past "ya borré"
    ("Después quiero que se borre todo.", {"erasure"}),
    ("Decidme qué datos tenéis de mí. Después bórrenlos.", {"access", "erasure"}),
    ("Que dados têm sobre mim? Depois apaguem-nos.", {"access", "erasure"}),
    ("Tenho uma conta convosco. Caso tenha recebido esta mensagem por engano, apague-a.", set()),
    # a request taken back
    ("Les pedí que borraran mi cuenta, pero ahora no borren nada.", set()),
    # a lapsed deadline chases the request
    ("Pedi acesso aos meus dados. O prazo de 15 dias já passou.", {"access", "complaint"}),
    ("Hola, mi dirección ha cambiado a Calle Olmo 4, León.", {"rectification"}),
    ("A minha morada mudou para Rua do Olmo 4, Braga.", {"rectification"}),
    ("Quiten mi teléfono de mi ficha de cliente, no quiero que lo tengan.", {"erasure"}),
    ("Retirem o meu telefone da minha ficha de cliente, não quero que o tenham.", {"erasure"}),
    ("Desactiven las notificaciones de ofertas por correo.", {"unsubscribe"}),
    ("Desativem as notificações de promoções por e-mail.", {"unsubscribe"}),
    ("planilha com todos os meus pedidos dos últimos 3 anos, por favor", {"portability"}),
    ("Enviem-me a lista de todos os dados que vocês guardam sobre mim.", {"access"}),
    ("Solicito a eliminação dos meus dados pessoais da base de vocês.", {"erasure"}),
])
def test_round7_cues(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize("body", [
    # erasures already done, by the shop or by mistake; policy questions
    "Ya me confirmaron que borraron mi cuenta, gracias.",
    "Me eliminaron la cuenta sin avisar y perdí mis puntos.",
    "Por error eliminé mi cuenta, ¿pueden recuperarla?",
    "Eliminen la dirección antigua, la nueva es Calle Mayor 3.",
    "Apagaram a minha conta sem avisar e perdi os pontos!",
    "Por engano apaguei a minha conta, podem recuperar?",
    "Gostaria de saber se apagam os dados quando encerro a conta.",
    # "pedido ... podem continuar" is no reminder
    "Os SMS de rastreio do pedido podem continuar, ajudam-me.",
    "Encomenda n 123: quero receber a fatura.",
])
def test_round7_no_erasure_or_complaint(clf, body) -> None:
    got, _, u = rules(clf, body)
    assert not got & {"erasure", "complaint", "unsubscribe"}, u.evidence


# round 8 (es and it, from the fourth blind split's misses): each case fails without its cue
@pytest.mark.parametrize(("body", "intents", "channels"), [
    # a sale alert asked for by phone, across "¿" (cues.py: "¿" no longer ends a sentence)
    ("Si sacáis ofertas de sofás, ¿me podéis llamar al 600 000 111?", {"subscribe"}, {"phone"}),
    ("Avísenme por teléfono cuando haya rebajas de colchones.", {"subscribe"}, {"phone"}),
    ("Mi piacerebbe essere avvisata per telefono quando avete svendite.", {"subscribe"}, {"phone"}),
    ("Se avete promozioni sulle sedie, chiamatemi pure.", {"subscribe"}, {"phone"}),
    # the device an unsubscribe was clicked on is no channel
    ("Mi sono disiscritto per errore dal telefonino, rimettetemi nella newsletter.",
     {"subscribe"}, {"email"}),
])
def test_round8_es_it_subscribe(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got == intents, u.evidence
    assert chans == channels, u.evidence


@pytest.mark.parametrize(("body", "intents"), [
    # a clitic before a subjunctive is the erasure of the data asked about
    ("Quiero saber qué datos tenéis sobre mí y luego que los eliminéis.", {"access", "erasure"}),
    ("Ditemi quali dati avete su di me e poi che li eliminiate.", {"access", "erasure"}),
    # a copy "of what" was passed on, a profile inferred
    ("Me opongo a la cesión y pido una copia de lo que le han pasado a la aseguradora.",
     {"access", "objection"}),
    ("¿Qué segmento de cliente me habéis asignado?", {"access"}),
    ("Vorrei vedere cosa deducete dai miei acquisti.", {"access"}),
    # a reiterated request is a chase
    ("Pedí mis datos en formato CSV en marzo. A día de hoy, nada. Reitero la solicitud.",
     {"complaint", "portability"}),
    # passive sharing, hacked accounts
    ("No quiero que mis datos sean cedidos a ninguna financiera.", {"objection"}),
    ("Non voglio che i miei dati siano venduti a nessuno.", {"objection"}),
    ("Alguien ha entrado en mi cuenta y ha visto mis datos. Esto es grave.", {"complaint"}),
    # a wrong history corrected, and not used until then
    ("Correggete lo storico dei resi e, finché non è sistemato, di non usarlo.",
     {"rectification", "restriction"}),
])
def test_round8_es_it_cues(clf, body, intents) -> None:
    got, _, u = rules(clf, body)
    assert got == intents, u.evidence


@pytest.mark.parametrize(("body", "gone"), [
    # "do not delete them": a restriction, an erasure taken back
    ("Sé que pedí que borrarais mis datos. No los borréis, pero no los uséis.", "erasure"),
    ("Bloccate il mio profilo: non cancellatelo, ma non usatelo finché non rientro.", "erasure"),
    # the disputed data is no access request
    ("Ya que impugno los datos de morosidad que figuran en mi expediente, limiten su uso.",
     "access"),
    # a product or a channel swapped is no rectification
    ("El sofá que compré llegó roto; quiero cambiarlo o que me devolváis el dinero.",
     "rectification"),
    ("Il divano che ho comprato è difettoso, potete cambiarlo o rimborsarmi?", "rectification"),
    ("Dejad de mandarme SMS y en cambio apuntadme al boletín por correo.", "rectification"),
])
def test_round8_es_it_vetoes(clf, body, gone) -> None:
    got, _, u = rules(clf, body)
    assert gone not in got, u.evidence


@pytest.mark.parametrize(("body", "intents", "channels"), [
    # "para limitar" is a purpose: the "no" stays with "uséis" (bare "limitar" needs an object)
    ("Corregid mi historial y, hasta que esté bien, no lo uséis para limitar mis pedidos.",
     {"rectification", "restriction"}, set()),
    # an accidental stop told, the request is the sign-up
    ("Me di de baja del boletín sin querer. ¿Me volvéis a apuntar?", {"subscribe"}, {"email"}),
    ("Ya no quiero las llamadas de los sábados.", {"unsubscribe"}, {"phone"}),
    ("Mi fate arrivare a casa il volantino del mese?", {"subscribe"}, {"post"}),
    # "fine stagione" is no stop
    ("Se avete saldi di fine stagione scrivetemi, grazie.", {"subscribe"}, {"email"}),
])
def test_round8_es_it_train_phenomena(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got == intents, u.evidence
    assert chans == channels, u.evidence


ROUND29 = [
    # es (round 29): "ni por correo ni por ningún sitio" is every channel; a stop told as
    # done; "tampoco quiero llamadas"
    ("DEJEN DE ENVIARME PUBLICIDAD!!! NO LA QUIERO NI POR CORREO NI POR NINGUN SITIO",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("La semana pasada pedí que dejarais de mandarme SMS y ya no me llegan. Gracias.",
     set(), set()),
    ("Y tampoco quiero llamadas comerciales en este número.", {"unsubscribe"}, {"phone"}),
    # pt: "xamadas" are calls; "só gosto dos emails" keeps them
    ("queria sair da lista dos sms e tb das xamadas q me fazem", {"unsubscribe"},
     {"sms", "phone"}),
    ("Parem com as mensagens no telemóvel e as chamadas, eu só gosto dos emails.",
     {"unsubscribe"}, {"sms", "phone"}),
]


ROUND30 = [
    # es (round 30): a kept catalogue; "no tiene correo electrónico" names no channel
    ("El catálogo en papel me gusta recibirlo. Pero dejad de enviarme SMS.", {"unsubscribe"},
     {"sms"}),
    # pt: a kept newsletter; the phone the texts reach
    ("A newsletter podem continuar a mandar. Parem com as mensagens no telemóvel.",
     {"unsubscribe"}, {"sms"}),
]


ROUND32 = [
    # es (round 32): "emails, SMS, lo que sea" is every channel; "el correo no lo miro"
    # names the channel not to use
    ("Por favor, dadme de baja de toda la publicidad: emails, SMS, lo que sea.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Cuando tengan rebajas en colchones llámenme, que yo el correo no lo miro nunca.",
     {"subscribe"}, {"phone"}),
    # pt: "tirar o meu número das SMS" is a stop
    ("Podem tirar o meu número das SMS, por favor?", {"unsubscribe"}, {"sms"}),
]


ROUND33 = [
    # es (round 33): "la newsletter de los viernes me gusta" keeps it; "antes de que se
    # borren" asks no erasure
    ("La newsletter de los viernes me gusta, pero los mensajes al móvil me sobran. Quitad mi "
     "número de esos envíos.", {"unsubscribe"}, {"sms"}),
    ("Necesito una copia de las imágenes de las cámaras. Les ruego que me indiquen cómo "
     "obtenerlas antes de que se borren.", {"access"}, set()),
    # a web form's fields ("Correo electrónico: …", "Teléfono: …") are no channel
    ("Nombre: Alba Rodríguez Correo electrónico: alba.rseoane@example.com Teléfono: 633 000 "
     "174 Mensaje: Buenas, por favor no me enviéis más SMS.", {"unsubscribe"}, {"sms"}),
    # pt: "não quero voltar a ter notícias vossas" and "por via nenhuma" are every
    # channel; "cancelar o envio pelo correio" a stop
    ("Não sei como mais dizer isto: não quero voltar a ter notícias vossas. Por via nenhuma.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Recebo o catálogo em papel todos os meses. Podem cancelar o envio pelo correio?",
     {"unsubscribe"}, {"post"}),
]


ROUND34 = [
    # es (round 34): "el catálogo en papel no lo necesito" stops it; "mi nieta me ha
    # puesto este correo" is the mail being written, no channel
    ("Corregid mi nombre en la ficha, por favor. Y ya puestos, el catálogo en papel no lo "
     "necesito.", {"rectification", "unsubscribe"}, {"post"}),
    ("Mi nieta me ha puesto este correo para que les diga que ya no me manden más el "
     "catálogo a casa.", {"unsubscribe"}, {"post"}),
]


ROUND35 = [
    # es (round 35): "No quiero saber nada más de vosotros" is a stop on every channel, and
    # so is "ni por ningún otro medio"; "apagad los SMS" stops them; "un buzón de empresa"
    # is an e-mail box
    ("No quiero saber nada más de vosotros. Ni una oferta, ni un aviso, nada.",
     {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("No quiero saber nada más de ustedes. Que no me escriban, que no me llamen, nada de "
     "nada.", {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Y no quiero recibir más publicidad de Carerra de ningún tipo, ni por correo ni por "
     "ningún otro medio.", {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Tengo activadas las ofertas por SMS pero no el newsletter. Quiero justo lo contrario: "
     "apagad los SMS y apuntadme al correo.", {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Les ruego que den de baja la dirección compras@talleres.example de sus comunicaciones "
     "comerciales. Es un buzón de empresa que usamos para pedidos.", {"unsubscribe"},
     {"email"}),
    # pt: "desativem isso pro meu cadastro" switches the tracking off, not the account
    ("Não autorizo o rastreamento da minha navegação nem a partilha com o Facebook. Por "
     "favor, desativem isso pro meu cadastro.", set(), set()),
]


ROUND36 = [
    # es (round 36): "ni correos ni nada" is every channel
    ("Borrad mis datos y no me mandéis nada más, ni correos ni nada.",
     {"erasure", "unsubscribe"}, {"email", "sms", "post", "phone"}),
]


ROUND37 = [
    # es (round 37): an objection to marketing by e-mail is no sign-up; "que nadie me
    # vuelva a llamar" stops calls
    ("Me opongo a que utilicéis mi correo electrónico para enviarme publicidad. Gracias.",
     {"objection", "unsubscribe"}, {"email"}),
    ("Quiero que borréis mi número y todos los demás datos. Y que nadie de Carerra me "
     "vuelva a llamar para ofrecerme nada.", {"erasure", "unsubscribe"}, {"phone"}),
    # pt (round 37): a deletion reported done asks none
    ("O meu pedido de eliminação de dados (enviado a 2 de junho) foi finalmente tratado. "
     "Quatro meses, quando o RGPD fixa um mês.", set(), set()),
]

ROUND38 = [
    # es (round 38): who signed the sender up asks no sign-up
    ("mi madre me apunto a los sms de carerra y me llegan cada dos x tres, me podeis "
     "quitar?? graciass", set(), set()),
    # pt (round 38): a catalogue declined, a withdrawal with a clause between, analytics
    # switched off "na minha conta" (no erasure)
    ("Aproveito para dizer que o catálogo em papel já não precisam de mandar para a casa "
     "nova.", {"unsubscribe"}, {"post"}),
    ("Mais informo que retiro, com efeitos imediatos, o consentimento anteriormente "
     "prestado.", {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Se não tiver como, por favor desativem vocês na minha conta.", set(), set()),
]

ROUND39 = [
    # pt (round 39): "que não me voltassem a ligar" stops the calls
    ("Agradecia que não me voltassem a ligar para o 232 815 440.", {"unsubscribe"},
     {"phone"}),
]

ROUND41 = [
    # es (round 41): the object before the verb; "no quiero llamadas comerciales ni en ese
    # ni en ningún otro número"
    ("Y ya de paso, los SMS de ofertas me los quitáis, que no los leo nunca.",
     {"unsubscribe"}, {"sms"}),
    ("Pónganlo en mi ficha, pero no quiero llamadas comerciales ni en ese ni en ningún otro "
     "número.", {"unsubscribe"}, {"phone"}),
]

ROUND42 = [
    # es (round 42): "dejad el email como está" and "lo quiero seguir recibiendo" keep it
    ("El boletín de los jueves me encanta y lo quiero seguir recibiendo. Quitad los SMS y "
     "dejad el email como está, porfa.", {"unsubscribe"}, {"sms"}),
]

ROUND43 = [
    # pt (round 43): a swap, "em vez de SMS. Podem parar as SMS"
    ("Bom dia, prefiro receber as promoções por email em vez de SMS. Podem parar as SMS e "
     "inscrever-me na newsletter com este endereço?", {"subscribe", "unsubscribe"},
     {"email", "sms"}),
]

ROUND44 = [
    # es (round 44): "por ninguna vía" is every channel; "me sobran" declines; "quiero seguir
    # recibiéndola" keeps the newsletter; recordings of the sender erased
    ("Quiero que borréis todos mis datos y no volver a recibir nada vuestro por ninguna vía.",
     {"erasure", "unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("La newsletter de los jueves me gusta y quiero seguir recibiéndola, pero los mensajes al "
     "móvil con ofertas me sobran.", {"unsubscribe"}, {"sms"}),
    ("Solicito que borren las imágenes en las que aparezco.", {"erasure"}, set()),
    # pt (round 44): "Não quero que ele receba a vossa newsletter"; "pôr-me na lista para me
    # ligarem" signs up, "a andar a ler emails" names no e-mail
    ("Não quero que ele receba a vossa newsletter e quero que apaguem a conta dele.",
     {"erasure", "unsubscribe"}, {"email"}),
    ("Podem pôr-me na lista para me ligarem quando houver campanha? Prefiro falar com alguém "
     "a andar a ler emails.", {"subscribe"}, {"phone"}),
]

ROUND45 = [
    # es (round 45): "Sigan mandándome la newsletter ..., pero los SMS al móvil no, por
    # favor"; "no quiero que vuelvan a contactar conmigo" (every channel); "no uso mucho el
    # email ni el WhatsApp" names neither; "que no guarden nada mío" and "después
    # elimínenlo" erase
    ("Sigan mandándome la newsletter al correo, pero los SMS al móvil no, por favor.",
     {"unsubscribe"}, {"sms"}),
    ("Miren, no quiero que vuelvan a contactar conmigo para venderme nada.", {"unsubscribe"},
     {"email", "sms", "post", "phone"}),
    ("No uso mucho el email ni el WhatsApp, así que prefiero que me llaméis por teléfono "
     "cuando haya rebajas.", {"subscribe"}, {"phone"}),
    ("Quiero darme de baja del club y que no guarden nada mío.", {"erasure"}, set()),
    ("Mándenme una copia de todo lo que tengan y después elimínenlo.", {"access", "erasure"},
     set()),
    # pt (round 45): Brazilian "no whats" is WhatsApp
    ("agora eu recebo as promoções de vcs no whats toda hora pfv para de mandar pra mim",
     {"unsubscribe"}, {"sms"}),
]

ROUND46 = [
    # es (round 46): "la borro del móvil, pero la cuenta no la quiero cerrar" asks no
    # erasure; "Los SMS quitadlos" stops; subject "Baja de la revista"; "El correo
    # electrónico lo mira mi hija" names no channel; "ya no tengan ninguna información mía"
    ("Me opongo a que usen esos datos para estadísticas. Si la app no funciona sin eso, la "
     "borro del móvil, pero la cuenta no la quiero cerrar.", {"objection"}, set()),
    ("Los SMS quitadlos, que en el trabajo no puedo tener el móvil sonando. En cambio, "
     "apuntadme a los correos.", {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Baja de la revista en papel, por favor.", {"unsubscribe"}, {"post"}),
    ("Avísenme por teléfono cuando haya rebajas, que el correo electrónico lo mira mi hija.",
     {"subscribe"}, {"phone"}),
    ("Quisiera saber cómo hago para que ustedes ya no tengan ninguna información mía.",
     {"erasure"}, set()),
    # pt (round 46): "Só pode ter tirado o número do vosso sistema" (an employee took it)
    # asks no erasure; "a newsletter ... quero continuar a recebê-la. Os SMS é que não"
    ("Só pode ter tirado o número do vosso sistema.", set(), set()),
    ("A newsletter por email é ótima e quero continuar a recebê-la. Os SMS é que não — "
     "cancelem só esses.", {"unsubscribe"}, {"sms"}),
]

ROUND47 = [
    # es (round 47)
    ("Ayer recibí un correo suyo felicitándome el cumpleaños con un cupón. Y, por supuesto, ni "
     "un correo más.", {"unsubscribe"}, {"email"}),
    ("Mi cuenta y mis pedidos que se queden como están. Lo único que quiero es salir de la lista "
     "de correo.", {"unsubscribe"}, {"email"}),
    ("No quiero que me manden más papeles de propaganda a casa. Tampoco quiero que tengan mis "
     "datos.", {"erasure", "unsubscribe"}, {"post"}),
    ("Quiero que desaparezca de vuestro sistema todo lo que tenga que ver conmigo.", {"erasure"},
     set()),
    ("No me manejo con el correo electrónico, así que les agradecería que me llamasen por "
     "teléfono cuando tengan ofertas.", {"subscribe"}, {"phone"}),
    # pt (round 47)
    ("A senhora disse-me que, para mudar o email da conta, tinha de apagar a conta e criar "
     "outra. Não quero apagar nada! Só quero que o email passe para joao@example.pt.",
     {"rectification"}, set()),
    ("Não quero mais SMS e quero que apaguem meu número e qualquer dado meu do sistema de vocês.",
     {"erasure", "unsubscribe"}, {"sms"}),
    ("Livrem-se de tudo o que têm sobre mim: nome, morada, telefone.", {"erasure"}, set()),
    ("Gostava de receber o vosso catálogo em casa, não tenho computador (é o meu sobrinho que "
     "manda este email).", {"subscribe"}, {"post"}),
]

ROUND48 = [
    # es (round 48)
    ("Tampoco quiero que me sigan llegando a casa las cartas del club con los cupones.",
     {"unsubscribe"}, {"post"}),
    # pt (round 48)
    ("Gosto de receber a newsletter ao domingo. Agora as mensagens no telemóvel dispensava.",
     {"unsubscribe"}, {"sms"}),
    ("Já escrevi para este email a pedir que deixem de me mandar SMS publicitários.",
     {"complaint", "unsubscribe"}, {"sms"}),
]

ROUND49 = [
    # es (round 49)
    ("Borren mis datos de su base de datos y que no me vuelva a llamar nadie de su empresa.",
     {"erasure", "unsubscribe"}, {"phone"}),
    ("Me gustaría cambiar cómo me contactáis: los SMS me agobian, quitadlos, pero sí me gustaría "
     "recibir la newsletter por correo.", {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Si no sois capaces de custodiarlos, borrad los míos inmediatamente.", {"erasure"}, set()),
]

ROUND50 = [
    # pt (round 50)
    ("Eles já não fazem parte do clube e preferia que esses dados não ficassem convosco.",
     {"erasure"}, set()),
]

ROUND51 = [
    # es (round 51)
    ("Buen día. Solicito que me saquen de su base de datos. No quiero figurar en ningún "
     "registro de Carerra.", {"erasure"}, set()),
    # a guard (the rules read it right before round 51): a stop, no erasure
    ("No quiero que me contacten más para encuestas ni ofertas. Sáquenme de sus bases de "
     "datos de publicidad.", {"unsubscribe"}, {"email", "sms", "post", "phone"}),
    ("Preferiría que no aparecieran. ¿Podéis retirarlas y borrarlas?", {"erasure"}, set()),
    ("Quiero cerrar mi cuenta y que no me llegue ni un correo más de Carerra.",
     {"erasure", "unsubscribe"}, {"email"}),
    ("Por medio del presente les requiero para que:\n\na) Cesen de inmediato en el envío a mi "
     "representada de cualquier comunicación comercial, sea por correo electrónico, SMS, "
     "llamada telefónica o correo postal.", {"unsubscribe"}, {"email", "sms", "phone", "post"}),
    # pt (round 51)
    ("Recebo muitas chamadas vossas com ofertas. Preferia não ser contactado por telefone. Em "
     "vez disso, inscrevam-me na newsletter por email.", {"subscribe", "unsubscribe"},
     {"email", "phone"}),
]

ROUND52 = [
    # es (round 52)
    ("Ponedlo en mi cuenta para los avisos de entrega, pero sin los SMS de ofertas, "
     "esos no los quiero en el número nuevo.",
     {"rectification", "unsubscribe"}, {"sms"}),
    ("Recibo muchos mensajes SMS de Carerra, troppi, y no los quiero más. Pero me "
     "gustaría recibir las ofertas por email, a esta dirección, porque no estoy "
     "inscrita a la newsletter todavía.",
     {"subscribe", "unsubscribe"}, {"email", "sms"}),
    ("Exijo que destruyan esa fotocopia y cualquier copia escaneada de mi DNI.",
     {"complaint", "erasure"}, set()),
    ("No me llamen, no me manden más correos, y borren mi ficha entera, que para lo "
     "que la usan...",
     {"erasure", "unsubscribe"}, {"email", "phone"}),
    ("Sigo queriendo los emails con las ofertas, eh, esos sí. Pero por favor quitad "
     "mi número para los SMS y que no me llamen más del departamento comercial. "
     "Tampoco necesito las cartas en papel, que luego mi compañero de piso las tira.",
     {"unsubscribe"}, {"phone", "post", "sms"}),
    # pt (round 52)
    ("olaa. eu instalei a vossa app pq a minha mae queria ver uma coisa e agr recebo "
     "sms vossas tipo todos os dias ahah. da para parar? o numero é o 963 118 402. "
     "obgd",
     {"unsubscribe"}, {"sms"}),
    ("Ao rever o meu perfil na app reparei que têm lá a minha data de nascimento e o "
     "número de contribuinte. Não me lembro de vos ter dado o NIF a não ser nas "
     "faturas, e não vejo para que precisam da data de nascimento. Podem apagar "
     "esses dois campos? O resto pode ficar.",
     {"erasure"}, set()),
    ("Já é a terceira vez que mando e-mail pedindo pra parar os SMS. Mandei em "
     "agosto, mandei em setembro, e hoje às 7 da manhã chegou mais um \"Oferta "
     "relâmpago Carerra\". Vocês simplesmente ignoram o que o cliente pede? Se não "
     "resolverem vou registrar no Procon e no Reclame Aqui.",
     {"complaint", "unsubscribe"}, {"sms"}),
]

ROUND53 = [
    # es (round 53)
    ("Buenas, compré una vez una lámpara hace dos años y desde entonces me llegan "
     "SMS vuestros casi cada semana. Que paren los mensajes y que borréis mi número "
     "y todo lo demás que tengáis mío, no pienso volver a comprar.",
     {"erasure", "unsubscribe"}, {"sms"}),
    # pt (round 53)
    ("Solicitamos a remoção do endereço compras@hoteldourovinhateiro.pt da vossa "
     "newsletter. Este endereço é utilizado exclusivamente para encomendas "
     "profissionais.",
     {"unsubscribe"}, {"email"}),
    ("Em novembro pedi a exclusão da minha conta por este mesmo e-mail. Em dezembro "
     "pedi de novo. Hoje ainda consigo entrar no app com a minha senha e ainda "
     "recebo a newsletter toda semana.\n\nIsso é um desrespeito e é contra a LGPD. "
     "Quero a minha conta excluída e os e-mails parados AGORA, senão vou registrar "
     "reclamação na ANPD e no Procon.",
     {"complaint", "erasure", "unsubscribe"}, {"email"}),
]

ROUND54 = [
    # es (round 54)
    ("Buenas tardes, quiero darme de baja de la tarjeta Carerra Club y como cliente en "
     "general. Que no quede ningún dato mío registrado en su sistema, por "
     "favor.\n\nSaludos,\nEsperanza Medina",
     {"erasure"}, set()),
    # pt (round 54)
    ("Voltei a registar-me no site e apareceram-me as moradas antigas.\n\nNão estou a "
     "pedir que apaguem outra vez — agora a conta é para ficar. Mas quero uma "
     "explicação.\n\nRaquel Simões",
     set(), set()),
    ("Boa tarde. Quando fiz a encomenda o site obrigou-me a pôr o número de telemóvel, "
     "mas não quero que o guardem. Retirem-no da minha ficha, por favor.\n\nObg,\nVera "
     "Castanheira",
     {"erasure"}, set()),
    ("Desinstalei a vossa app mas a conta continua lá. Como faço para a apagar de vez? "
     "Se não houver forma de o fazer na app apaguem vocês, por favor.\n\nObrigado",
     {"erasure"}, set()),
    ("Bom dia,\n\nNão tenho muito jeito para a internet e vejo os emails de mês a mês. "
     "Será que me podem telefonar quando houver campanhas de eletrodomésticos? O meu "
     "número é o 917 330 158.\n\nObrigado,\nJosé Manuel Faria",
     {"subscribe"}, {"phone"}),
    ("É a terceira vez que escrevo a pedir que deixem de me enviar SMS publicitários (a "
     "2 de setembro e a 19 de setembro, tenho os emails guardados). Ninguém respondeu e "
     "as mensagens continuam.\n\nRicardo Almeida",
     {"complaint", "unsubscribe"}, {"sms"}),
]

ROUND55 = [
    # es (round 55)
    ("Hola, buenas tardes.\n\nConforme a su aviso de privacidad, manifiesto mi negativa "
     "a las finalidades secundarias: mercadotecnia, publicidad y prospección "
     "comercial.\n\nAtte.\nIng. Rodrigo Castañeda Luna",
     {"objection", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Hola, me ha llegado un correo que dice ser de Carerra y que dice que mi cuenta "
     "será eliminada en 24 horas si no confirmo mis datos bancarios en un enlace. ¿Es "
     "vuestro? Me huele a timo.",
     set(), set()),
    ("Hola,\nya no vivo en España y no voy a volver a comprar en Carerra. Dadme de baja "
     "de todo (correo, SMS, lo que sea) y borrad mis datos y mi cuenta, por "
     "favor.\nSaludos desde Lyon,\nClara Benavent",
     {"erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    # pt (round 55)
    ("Boa tarde,\n\nQuero saber quando é que recebo um sofá em condições ou o reembolso "
     "total dos 899 €.\n\nE, já agora, o único contacto pró-ativo que recebo da vossa "
     "parte são chamadas a tentar vender-me seguros e cartões de crédito. Essas "
     "chamadas podem acabar hoje, por favor.\n\nFico a aguardar.\nCátia Monteiro Reis",
     {"unsubscribe"}, {"phone"}),
]

ROUND56 = [
    # es (round 56)
    ("Queja sobre la gestión de mi solicitud de supresión de datos.",
     set(), set()),
    ("Ella no usa ni correo ni móvil, pero dice que antes la llamaban de la tienda"
     " para contarle las ofertas y que le gustaba. ¿Pueden volver a llamarla?",
     {"subscribe"}, {"phone"}),
    ("Lo que no quiero son los correos promocionales (me llenan la bandeja) ni las"
     " cartas y catálogos en papel que me llegan a casa.",
     {"unsubscribe"}, {"email", "post"}),
    # pt (round 56)
    ("Com base na LGPD, informo que NÃO autorizo o uso dos meus dados pessoais "
     "para marketing direto, nem para a criação de perfil de consumo a partir das "
     "minhas compras no cartão fidelidade. Peço que registrem essa oposição no meu"
     " cadastro (CPF final 118-40).",
     {"objection", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Recebo todas as semanas uns papéis da vossa loja na caixa do correio e "
     "também me telefonam para casa. Peço que não me mandem mais esses papéis nem "
     "me telefonem.",
     {"unsubscribe"}, {"phone", "post"}),
    ("Gostava que me telefonassem quando houver campanhas de electrodomésticos, "
     "para o telefone de casa.",
     {"subscribe"}, {"phone"}),
    ("Mas os emails são demais, às vezes vêm três no mesmo dia. Podem parar só com"
     " esses?",
     {"unsubscribe"}, {"email"}),
]

ROUND57 = [
    # es (round 57)
    ("En su tienda de Getafe me dijeron que para corregir el NIF de las facturas "
     "tenía que \"borrar la cuenta y crear otra nueva\".",
     set(), set()),
    ("Me han borrado la cuenta sin que yo lo pidiera y he perdido 3.140 puntos. "
     "Por teléfono me dicen que \"alguien solicitó la supresión de los datos\". Yo "
     "no fui. ¿Cómo es posible que borren la cuenta de alguien sin comprobar quién"
     " lo pide?",
     set(), set()),
    ("Les agradecería que cerraran la cuenta y borraran sus datos, y que dejaran "
     "de llegar a casa los catálogos a su nombre.",
     {"erasure", "unsubscribe"}, {"post"}),
    # pt (round 57)
    ("Olá, podem deixar de meter os folhetos das promoções na minha caixa do "
     "correio? Tenho lá o autocolante e mesmo assim todas as semanas lá estão.",
     {"unsubscribe"}, {"post"}),
    ("O meu neto disse-me que eu podia escrever para aqui para pedir que tirem o "
     "meu nome e as minhas coisas dos computadores da Carerra.",
     {"erasure"}, set()),
    ("Peço que as imagens em que apareço nesse dia sejam eliminadas e que não "
     "sejam conservadas nem partilhadas com ninguém.",
     {"erasure"}, set()),
]

ROUND58 = [
    # es (round 58)
    ("Buenas. Quiero que me quiten de su ordenador. Todo lo que tengan mio.",
     {"erasure"}, set()),
    ("Tengo dos cuentas en la app. Quiero que eliminéis ESTA, la del trabajo, con "
     "todos sus datos.",
     {"erasure"}, set()),
    ("No obstante, me opongo a la supresión de dichos datos, ya que podrían serme "
     "necesarios, y solicito la limitación de su uso.",
     {"restriction"}, set()),
    # pt (round 58)
    ("Bom dia, podem deixar de pôr os vossos folhetos na minha caixa do correio?",
     {"unsubscribe"}, {"post"}),
]

ROUND59 = [
    # es (round 59)
    ("Me opongo a la mercadotecnia directa.",
     {"objection", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Buenas tardes, les pido de la manera más atenta que ya no me estén marcando al "
     "celular para ofrecerme promociones, ni me manden mensajitos de texto. Ya no me "
     "interesa, gracias.",
     {"unsubscribe"}, {"phone", "sms"}),
    ("Buenas, quiero recibir las ofertas flash por SMS, que por email nunca las veo "
     "a tiempo y cuando entro ya se han acabado.",
     {"subscribe"}, {"sms"}),
    ("No miro el correo electrónico casi nunca, así que preferiría que me llamaran "
     "por teléfono cuando empiecen las rebajas de electrodomésticos.",
     {"subscribe"}, {"phone"}),
    ("Me doy de baja de todo: newsletter, SMS, llamadas y el catálogo. Y quiero que "
     "borréis mi ficha de cliente.",
     {"erasure", "unsubscribe"}, {"email", "phone", "post", "sms"}),
    ("Buenas tardes, quisiera dar de baja todos mis datos personales de su base, ya "
     "no vivo en Uruguay y no voy a seguir usando la cuenta.",
     {"erasure"}, set()),
    # pt (round 59)
    ("Boa tarde, quero que apaguem o meu número de telefone da vossa base de dados, "
     "não quero ser mais contactada por telefone pela Carerra.",
     {"erasure", "unsubscribe"}, {"phone"}),
    ("Podem continuar mandando a newsletter no meu e-mail, eu até gosto de ver os "
     "lançamentos. Mas as mensagens de texto no celular, por favor, parem.",
     {"unsubscribe"}, {"sms"}),
    ("Se houver alguma campanha grande de eletrodomésticos nos próximos meses, podem "
     "ligar-me a avisar? Prefiro mesmo telefonema, não ligo muito a emails.",
     {"subscribe"}, {"phone"}),
    ("Olá, quero voltar a receber a newsletter: cancelei-a sem querer quando estava "
     "a limpar a caixa de correio do trabalho.",
     {"subscribe"}, {"email"}),
    ("Apaguem o meu número de telemóvel (927 118 405) da vossa base de dados, por "
     "favor.",
     {"erasure"}, set()),
]

ROUND60 = [
    # es (round 60)
    ("Respondieron a mi solicitud de supresión con un email enviado a mí y a otras "
     "doce personas con todas las direcciones en copia visible, y se puede ver quién "
     "más ha pedido borrar sus datos. No puede ser que una empresa de su tamaño "
     "gestione así una petición de privacidad. Ya he puesto los hechos en "
     "conocimiento de la AEPD.",
     {"complaint"}, set()),
    ("Solo quería dejar constancia de mi queja: pedí el 1 de agosto que borraran mis "
     "datos y al final lo hicieron, pero tardaron 58 días y nadie me contestó. Ahora "
     "ya está hecho, no pido nada más, pero la gestión ha sido lamentable.",
     set(), set()),
    ("QUE DEJEN DE MANDARME PUBLICIDAD!!!! NO LA QUIERO, NI POR EL MOVIL NI POR "
     "CORREO NI NADA.",
     {"unsubscribe"}, {"email", "phone", "post", "sms"}),
]

# the rounds' tables above: what the rules alone read in each wording
@pytest.mark.parametrize(("body", "intents", "channels"), round_cases(
    round29=ROUND29, round30=ROUND30, round32=ROUND32, round33=ROUND33, round34=ROUND34,
    round35=ROUND35, round36=ROUND36, round37=ROUND37, round38=ROUND38,
    round39=ROUND39, round41=ROUND41, round42=ROUND42, round43=ROUND43, round44=ROUND44,
    round45=ROUND45, round46=ROUND46, round47=ROUND47, round48=ROUND48,
    round49=ROUND49, round50=ROUND50, round51=ROUND51, round52=ROUND52,
    round53=ROUND53, round54=ROUND54, round55=ROUND55, round56=ROUND56, round57=ROUND57,
    round58=ROUND58, round59=ROUND59, round60=ROUND60
))
def test_the_rules_read_each_rounds_wordings(clf, body, intents, channels) -> None:
    got, chans, u = rules(clf, body)
    assert got == intents and chans == channels, u.evidence
