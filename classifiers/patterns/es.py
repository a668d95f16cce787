# ruff: noqa: E501
"""Spanish cues (accent-folded: "eliminación" -> "eliminacion")."""

NEGATION = ["no", "nunca", "jamas", "ningun", "ninguna", "ninguno", "ni", "tampoco"]
BREAKERS = ["pero", "sino", "aunque", "solo", "solamente", "unicamente", "excepto", "salvo"]
SUBORDINATORS = ["que", "porque", "cuando", "si", "donde", "como", "quien", "cual", "favor"]

MKT = r"~(newsletters?|boletin\w*|correos?|e?mails?|sms|mensajes?|llamadas?|publicidad\w*|ofertas?|promociones?|promos?|catalogos?|folletos?|cartas?|comunicaciones?|propaganda|notificaciones?|novedades)"
SUBMKT = r"~(newsletters?|boletin\w*|ofertas?|promociones?|catalogos?|folletos?|novedades|descuentos?|publicidad)"
OBJ = r"~(datos|cuenta|cuentas|informacion|perfil|registro|registros|historial|todo)"
DEL = r"~(borr|elimin|supr|suprim|destru|cancel|quit)\w*"
FIELD = r"~(nombre|apellidos?|direccion|domicilio|correo|email|telefono|numero|fecha|nacimiento|datos|codigo|postal|dni)"
DATA = r"~(datos|informacion|registros)"

PATTERNS = {
    "unsubscribe": [
        "dar|darme|den|denme|dame|darnos|doy|deme ...3 de baja", "la baja", "baja ...4 " + MKT,
        r"~(desuscrib|desinscrib|desapunt|desabon)\w*",
        "no ...3 quiero|deseo|quisiera ...3 recibir|mas ...4 " + MKT,
        "no ...2 mas " + MKT, "dejen|dejar|deje|paren|parar ...3 de ...3 enviar|enviarme|mandar|mandarme|llamar|llamarme|escribir",
        "dejar de recibir", DEL + " ...3 me|mi ...6 de ...3 " + r"~(lista\w*|newsletter|boletin\w*|listado|mailing)",
        "cancelar ...3 suscripcion|newsletter|boletin",
    ],
    "unsubscribe+all_channels": ["no ...2 " + r"~(contact|molest|llam)\w*" + " ...2 mas", "dejen de contactar*|contactarme"],
    "withdraw": [r"~(retir|revoc|revoqu)\w* ...5 ~(consentimiento|autorizacion|permiso)\w*"],
    "subscribe": [
        r"~(quiero|quisiera|deseo|gustaria|podrian|pueden)\w* ...4 recibir|suscribir|suscribirme|apuntarme|inscribirme ...5 " + SUBMKT,
        r"~(suscrib|apunt|inscrib)\w* ...4 ~(newsletter|boletin|lista)\w*",
        "envienme|enviarme|mandenme ...3 " + SUBMKT,
    ],
    "access": [
        "derecho ...2 acceso", "acceso ...4 " + DATA, "copia ...4 " + DATA,
        r"que|cuales ...3 " + DATA + r" ...8 ~(tien|guard|conserv|trat|almacen|dispon|recop|posee)\w*",
        "saber|conocer ...4 que|cuales|si ...3 " + DATA,
        r"~(grabacion|grabaciones|imagenes|video|videos) ...6 ~(camara|videovigilancia|seguridad)\w*", "videovigilancia",
        "de donde ...4 " + DATA + "|direccion|correo|email|numero",
    ],
    "erasure": [
        DEL + " ...5 " + OBJ, OBJ + " ...4 " + r"~(borrad|eliminad|suprimid)\w*",
        "supresion|eliminacion|borrado|cancelacion ...4 " + OBJ, "derecho al olvido",
        "derecho de supresion", r"~(cerr|cierr)\w* ...3 cuenta",
    ],
    "list_target": [r"de ...3 ~(lista\w*|newsletter|boletin\w*|listado|mailing|envios)"],
    "rectification": [
        r"~(corrig|modific|rectific|actualiz|cambi)\w* ...4 " + FIELD, "rectificacion",
        "nueva|nuevo ...2 direccion|correo|apellido|numero|telefono ...2 es",
    ],
    "rectification/weak": [FIELD + r" ...4 ~(incorrect|erroneo|errone|equivocad|mal|desactualizad)\w*", "en lugar de", "lo|la|el correcto|correcta ...2 es",
        r"~(corregir|rectificar|modificar|cambiar|actualizar|corrijan|cambien)(la|lo|las|los)", "esta mal|equivocada|equivocado"],
    "portability": [
        "portabilidad", "formato ...3 " + r"~(estructurad|legible|electronic|comun|lectura)\w*",
        r"~(transfer|transmit|envi)\w* ...10 a ...3 ~(empresa|compania|proveedor|entidad|responsable)\w*",
    ],
    "restriction": [
        r"~(limitacion|limitar|limiten|restriccion|restrinj|restring)\w* ...4 ~(tratamiento|uso)\w*",
        r"~(bloque|suspend|congel)\w* ...4 " + DATA, "solo|unicamente ...3 conservar|guardar|almacenar|conservacion",
        "hasta que ...4 verifiquen|aclare|resuelva|compruebe",
    ],
    "objection": [r"~(oposicion|opongo|oponerme|oponer)", "derecho de oposicion", r"~(perfilado|perfilamiento|perfiles|seguimiento)", "no ...3 " + r"~(vend|compart|ced)\w* ...4 " + DATA],
    "objection/weak": ["interes legitimo"],
    "complaint": [
        "brecha|filtracion|fuga ...3 datos|seguridad", r"~(vendido|compartido|cedido|filtrado)\w* ...3 mis ...2 " + DATA,
        "sin mi ...2 consentimiento|permiso|autorizacion", r"~(molest|descontent|indignad)\w* ...8 " + DATA,
    ],
    "complaint/weak": [r"~(queja|reclamacion|reclamar|quejarme|denuncia)\w*", r"~(inaceptable|vergonzoso|ilegal|indignante|intolerable)\w*", "abogado"],
    "authority": ["aepd", "agencia ...3 proteccion de datos", "autoridad ...3 control|proteccion", r"~(denunciar|acudir)\w* ...3 agencia|autoridad|aepd"],
    "boilerplate": ["me reservo", "reservo el derecho", "derecho a presentar", "de lo contrario", "en caso de|contrario", "si no"],
    "chase": [
        "hace ...3 " + r"~(semanas?|meses|mes|dias)" + " ...10 " + r"~(escrib|solicit|ped|envi|contact)\w*",
        "ya ...4 solicitado|pedido|escrito|enviado|varias", "varias veces", "segunda|tercera vez",
        "sin ...2 respuesta", "ninguna respuesta", "todavia|aun no ...4 respuesta|respondido|borrado",
    ],
    "chase/weak": ["sigo ...3 recibiendo"],
    "privacy": [r"~(datos|personales|rgpd|lopd|privacidad|consentimiento)"],
    "marketing": [r"~(publicidad|marketing|comercial\w*|promocion\w*|newsletter|ofertas|mercadotecnia)"],
    "profiling": [r"~(perfil|perfilado|seguimiento|rastreo|pixel|analisis|personaliz|recomendacion|habitos|comportamiento)\w*"],
    "ch_email": [r"~(e?mails?|correos?|newsletters?|boletin\w*)", "correo electronico"],
    "ch_sms": [r"~(sms|mensajes?|whatsapp)", "mensajes de texto"],
    "ch_phone": [r"~(llamadas?|telefon\w*|llamar|llamarme|llamen)"],
    "ch_post": [r"~(cartas?|postal|catalogos?|folletos?|papel|buzon|impresos?)", "correo postal|ordinario"],
    "all_channels": [r"toda|todas|todo|ningun|ninguna|cualquier ...3 ~(comunicacion|comunicaciones|publicidad|contacto|canal|canales|medio|medios|tipo)\w*", "marketing directo", "mercadotecnia directa"],
    "disclaimer": ["este mensaje|correo ...8 confidencial*|destinado", "si ...3 recibido ...3 error", "enviado desde mi"],
    "ooo": [
        "ya no ...3 se revisa|se lee|esta activa|en uso|trabajo",
        "no ...2 sera reenviado|leido",
        "baja por maternidad|paternidad|enfermedad",
        "de viaje|vacaciones|baja ...6 hasta",
        "cerrado|cerrada ...4 del|hasta|por",
        "respondere ...4 lunes|regreso|vuelta",
"fuera de la oficina", "respuesta automatica", "ausente ...6 hasta|regreso", "de vacaciones ...6 hasta|regreso", "a mi regreso|vuelta", "estare ...4 fuera|ausente|de vuelta", "acceso limitado ...3 correo"],
    "ticket": [
        "no responda",
        "mensaje ...2 automatico|generado",
        "hemos recibido",
        "responderemos ...4 en|dentro",
        "numero de ...2 referencia|caso|ticket",
"hemos recibido ...3 mensaje|solicitud|correo|consulta", "numero de ticket|caso|incidencia|solicitud", "no responda|conteste ...3 este", "mensaje automatico|generado automaticamente"],
    "dsn": [
        "no ...3 pudo ser entregado|enviado",
        "no se ha entregado",
        "error permanente|temporal",
        "entrega ...4 fallida|fallo|retrasada|demorada",
        "rechazado por ...3 servidor",
        "dominio ...4 no existe|no encontrado",
        "direccion ...3 no encontrada|no existe",
        "cuota ...3 excedida",
        "devuelto al remitente",
"no se pudo entregar", "no se ha podido entregar", "no ...3 entregado|entregar", "entrega ...3 fallida|fallo|retrasada", "destinatario ...2 desconocido|inexistente", "buzon ...3 lleno", "error de entrega"],
    "spam": [
        "web|tienda ...4 anticuada|lenta|pierde",
        "desde ~\\d[\\d.,]* ~€|euros|\\$",
        "nuevos datos bancarios|nueva cuenta",
        "factura ...4 vencida|pendiente|impagada",
        "aranceles|gastos de aduana",
        "dominio ...6 caduca|vence|renovacion|renovar",
        "colocacion ...4 enlace|articulo",
        "aumentar|impulsar ...4 ventas|conversion|trafico",
        "tiene ...4 minutos ...4 demo|llamada",
        "fabricante|fabrica|mayorista ...6 experiencia|productos|precio",
        "estimado usuario|comprador|expositor|cliente",
        "leer mas|confirmar cuenta|ver documento|pedir presupuesto",
        "te suscribiste|se suscribio",
        "ya no te interesa",
        "este correo se envio a",
        "viuda|herencia|fondo ...8 millones|donar|datos",
        "buzon no supervisado",
        "inicie sesion ...4 credenciales",
        "en 24|48 horas",
        "bloqueada|suspendida ...6 verificar|confirmar",
        "disenador ...4 freelance|grafico|logos",
        "seguidores|media kit",
        "sin compromiso",
        "expositores|feria ...6 stands|visitantes",
        "agencia ...8 ventas|trafico",
        "tasa de conversion",
        "demo ...4 minutos",
        "verifique|confirme ...4 cuenta|datos|pago",
        "cuenta ...4 suspendida|bloqueada",
        "recibe este ...2 correo|mensaje",
        "millones de ...2 dolares|euros",
        "muestras gratis|gratuitas",
        "fabricante ...6 china|precio",
        "nuevos datos bancarios",
"posicionamiento|seo", "diseno web", "pagina web ...4 nueva|rediseno", r"~(ganador|ganado|sorteo|loteria|premio)\w*", "verifique|confirme ...3 cuenta|contrasena|identidad", "criptomoneda*|bitcoin", "presupuesto gratis|gratuito"],
    "spam/weak": ["felicidades|enhorabuena", "oferta exclusiva"],
    "veto_subscribe": [
        "seguir|sigan|siguiendo",
    ],
}
