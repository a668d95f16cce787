# ruff: noqa: E501
"""Portuguese cues (European and Brazilian spellings; accent-folded)."""

NEGATION = ["nao", "nunca", "jamais", "nenhum", "nenhuma", "nem"]
BREAKERS = ["mas", "porem", "contudo", "todavia", "apenas", "so", "somente", "exceto", "salvo", "entretanto"]
SUBORDINATORS = ["que", "porque", "quando", "se", "onde", "como", "qual", "quais", "favor", "obrigado", "obrigada"]

MKT = r"~(newsletters?|e?mails?|correios?|sms|mensagens?|chamadas?|telefonemas?|ligacoes|ligacao|publicidade\w*|ofertas?|promocoes|promocao|promos?|catalogos?|folhetos?|cartas?|comunicacoes|comunicacao|notificacoes|novidades|marketing)"
SUBMKT = r"~(newsletters?|ofertas?|promocoes|promocao|catalogos?|folhetos?|novidades|descontos?|publicidade)"
OBJ = r"~(dados|conta|contas|informacoes|perfil|registo|registro|registos|historico|tudo|cadastro)"
DEL = r"~(apag|elimin|exclu|remov|delet|destru|suprim)\w*"
FIELD = r"~(nome|apelido|sobrenome|morada|endereco|email|telefone|telemovel|celular|numero|data|nascimento|dados|codigo|nif|cpf)"
DATA = r"~(dados|informacoes|informacao)"

PATTERNS = {
    "unsubscribe": [
        r"~(descadastr|desinscrev|dessubscrev|dessubscrev|desinscri)\w*", "cancelar|anular ...3 subscricao|inscricao|assinatura|newsletter",
        "nao ...3 quero|desejo|pretendo ...3 receber|mais ...4 " + MKT, "nao ...4 mais ...4 " + MKT,
        r"~(parem|parar|deixem|deixar|pare|deixe)\w* ...3 de ...3 enviar|mandar|ligar|receber|telefonar",
        DEL + " ...3 me|meu|meus ...6 da|das|do ...3 " + r"~(lista\w*|newsletter|mailing)", "remover-me|retirem-me", "retirar ...3 da lista",
    ],
    "unsubscribe+all_channels": ["nao ...2 " + r"~(contact|incomod|liga)\w*" + " ...2 mais", "parem|deixem ...3 de contactar|contatar|contactar-me|contatar-me"],
    "withdraw": [r"~(retir|revog)\w* ...5 ~(consentimento|autorizacao|permissao)\w*"],
    "subscribe": [
        r"~(quero|queria|gostaria|desejo|pretendo|podem|poderiam)\w* ...4 receber|subscrever|inscrever|assinar|cadastrar ...5 " + SUBMKT,
        r"~(subscrev|inscrev|assin|cadastr)\w* ...4 ~(newsletter|lista)\w*", "enviem-me|mandem-me|enviemme|mandemme ...3 " + SUBMKT,
    ],
    "access": [
        "direito ...2 acesso", "acesso ...4 " + DATA, "copia ...4 " + DATA,
        r"que|quais ...3 " + DATA + r" ...8 ~(tem|possu|guard|conserv|trat|armazen|detem|recolh|coletad)\w*",
        "saber|conhecer ...4 que|quais|se ...3 " + DATA,
        r"~(gravac|imagen|video|filmag)\w* ...6 ~(camara|camera|videovigilancia|vigilancia|seguranca)\w*", "videovigilancia",
        "onde ...4 obtiveram|conseguiram|arranjaram ...4 " + DATA + "|email|numero|morada",
    ],
    "erasure": [
        DEL + " ...5 " + OBJ, OBJ + " ...4 " + r"~(apagad|eliminad|excluid|removid)\w*",
        "apagamento|eliminacao|exclusao|remocao ...4 " + OBJ, "direito ao esquecimento|apagamento",
        r"~(encerr|fech|cancel|desativ)\w* ...3 conta|cadastro",
    ],
    "list_target": [r"da|das|do|dos ...3 ~(lista\w*|newsletter|mailing)"],
    "rectification": [r"~(corrig|alter|retific|atualiz|actualiz|mud|modific)\w* ...4 " + FIELD, "retificacao|rectificacao", "nova|novo ...2 morada|endereco|email|numero ...2 e"],
    "rectification/weak": [FIELD + r" ...4 ~(errad|incorret|desatualizad|desactualizad|invalid)\w*", "em vez de", "o correto e", "corrigir|alterar|atualizar para",
        r"~(corrigi|altera|atualiza)(-?la|-?lo)", "esta|estao errad*|incorret*"],
    "portability": ["portabilidade", "formato ...3 " + r"~(estruturad|legivel|eletronic|electronic|comum|aberto)\w*", r"~(transfer|transmit|envi)\w* ...10 para ...3 ~(empresa|entidade|fornecedor|responsavel)\w*"],
    "restriction": [r"~(limitacao|limitar|restricao|restringir)\w* ...4 ~(tratamento|uso|utilizacao)\w*", r"~(bloque|suspend|congel)\w* ...4 " + DATA, "apenas|so|somente ...3 conservar|guardar|armazenar|conservacao", "ate que|ate ...4 verifi*|esclare*|resolv*"],
    "objection": [r"~(oposicao|oponho|opor-me|oporme|opor)", "direito de oposicao", r"~(perfilagem|perfis|rastreamento|rastreio)", "nao ...3 " + r"~(vend|partilh|compartilh|ced)\w* ...4 " + DATA],
    "objection/weak": ["interesse legitimo"],
    "complaint": ["violacao|fuga|vazamento ...3 dados", r"~(vendid|partilhad|compartilhad|cedid)\w* ...3 meus ...2 " + DATA, "sem o meu ...2 consentimento|autorizacao"],
    "complaint/weak": [r"~(queixa|reclamacao|reclamar|queixar)\w*", r"~(inaceitavel|vergonhoso|ilegal|absurdo|inadmissivel)\w*", "advogado"],
    "authority": ["cnpd", "anpd", "comissao nacional de protecao|proteccao", "autoridade ...3 controlo|controle|protecao|proteccao"],
    "boilerplate": ["reservo-me|reservome", "reservo o direito", "direito de apresentar", "caso contrario", "se nao|caso"],
    "chase": [r"ha ...3 ~(semanas|meses|dias) ...10 ~(escrev|pedi|solicit|envi|contact)\w*", "ja ...4 pedi|solicitei|escrevi|enviei", "varias vezes", "segunda|terceira vez", "sem ...2 resposta", "nenhuma resposta", "ainda ...3 nao ...3 resposta|respond*|apagad*"],
    "chase/weak": ["continuo ...3 receber"],
    "privacy": [r"~(dados|pessoais|rgpd|lgpd|privacidade|consentimento)"],
    "marketing": [r"~(publicidad|marketing|comercia|promoc|newsletter|ofertas)\w*"],
    "profiling": [r"~(perfil|perfis|rastre|pixel|analise|personaliz|recomendac|habitos|comportament)\w*"],
    "ch_email": [r"~(e?mails?|newsletters?)", "correio eletronico|electronico"],
    "ch_sms": [r"~(sms|mensagens?|whatsapp)", "mensagens de texto"],
    "ch_phone": [r"~(chamadas?|telefonemas?|ligacoes|ligacao|telefon\w*|ligar|ligarem)"],
    "ch_post": [r"~(correio|postal|cartas?|catalogos?|folhetos?|papel|impress\w*|panfletos?|caixa)"],
    "all_channels": [r"qualquer|toda|todas|todo|todos|nenhuma ...3 ~(comunicac|contacto|contato|publicidade|canal|canais|meio|meios|forma|tipo)\w*", "marketing direto|directo"],
    "disclaimer": ["esta mensagem|este email ...8 confidencia*|destinad*", "se ...3 recebeu ...3 erro|engano", "enviado do meu"],
    "ooo": [
        "nao ...3 mais ...3 monitorizad*|monitorad*|ativ*|lid*|utilizad*",
        "nao sera ...2 lida|reencaminhad*|encaminhad*",
        "licenca ...4 maternidade|parental",
        "de ferias|viagem ...6 ate",
        "fechado|fechada ...4 de|ate|para",
        "no regresso|retorno",
"fora do escritorio", "resposta automatica", "ausente ...6 ate|regresso", "de ferias ...6 ate|regresso|volta", "no meu regresso|retorno", "estarei ...4 fora|ausente|de volta"],
    "ticket": [
        "mensagem automatica",
        "nao responda",
        "recebemos",
        "responderemos ...4 em|dentro",
        "numero de ...2 referencia|processo|pedido",
"recebemos ...3 mensagem|pedido|email|solicitacao", "numero ...2 ticket|pedido|processo|protocolo", "nao responda ...3 mensagem|email", "mensagem automatica|gerada automaticamente"],
    "dsn": [
        "nao ...3 pode ser entregue|enviada",
        "nao foi entregue|possivel entregar",
        "erro permanente|temporario",
        "entrega ...4 falhou|atrasada",
        "dominio ...4 nao existe|nao encontrado",
        "endereco nao encontrado",
        "caixa ...4 cheia",
        "devolvida ao remetente",
        "rejeitada pelo servidor",
"nao entregue", "nao ...4 entregue|entregar", "falha ...3 entrega", "destinatario ...2 desconhecido|inexistente", "caixa ...3 cheia"],
    "spam": [
        "site|loja ...4 desatualizad*|lent*|perde",
        "a partir de ~\\d[\\d.,]* ~€|euros|reais",
        "novos dados bancarios|nova conta|novo iban",
        "fatura ...4 vencida|em atraso|pendente",
        "taxas alfandegarias|direitos aduaneiros",
        "dominio ...6 expira|renovacao|renovar",
        "colocacao ...4 link|artigo",
        "aumentar ...4 vendas|conversao|trafego",
        "minutos ...4 demo|chamada",
        "fabricante|fabrica|grossista ...6 experiencia|produtos|preco",
        "caro utilizador|comprador|expositor|cliente",
        "ler mais|confirmar conta|ver documento|pedir orcamento",
        "subscreveu|inscreveu",
        "ja nao tem interesse",
        "este email foi enviado para",
        "viuva|heranca|fundo ...8 milhoes|doar|dados",
        "caixa nao monitorizada",
        "inicie sessao ...4 credenciais",
        "em 24|48 horas",
        "bloqueada|suspensa ...6 verificar|confirmar",
        "designer ...4 freelancer|grafico|logotipos",
        "seguidores|media kit",
        "sem compromisso",
        "expositores|feira ...6 stands|visitantes",
        "agencia ...8 vendas|trafego",
        "taxa de conversao",
        "verifique|confirme ...4 conta|dados|pagamento",
        "conta ...4 suspensa|bloqueada",
        "recebeu este ...2 email|mensagem",
        "milhoes de ...2 dolares|euros",
        "amostras gratis|gratuitas",
        "novos dados bancarios",
"otimizacao|seo", "site ...4 novo|redesign", r"~(ganhou|vencedor|sorteio|loteria|premio)\w*", "verifique|confirme ...3 conta|senha|palavra-passe|identidade", "criptomoeda*|bitcoin", "orcamento gratis|gratuito"],
    "spam/weak": ["parabens", "oferta exclusiva"],
    "veto_subscribe": [
        "continuar|continuem",
    ],
}
