"""Boilerplate lines: banners, appeals, notices and navigation, wherever they stand.

A line is judged on cues that articles rarely combine: appeal vocabulary, the outlet speaking to
the reader ('we', 'our', 'you'), shouting capitals, being a bare navigation label, and standing
in the header or footer zone. Each cue has a weight; a line at or above the threshold goes. A
line in the middle of an appeal block (between two boilerplate lines) needs less evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

import ahocorasick_rs

from newscurate.clean.edits import Edit
from newscurate.clean.lines import QUOTED_SENTENCE_ENDS, SENTENCE_INSIDE, SCRIPT_SENTENCE_ENDS, Line, at_most_words, line_span_with_newline, nonblank_lines
from newscurate.clean.structure import BYLINE, CAPTION_WORDS, DATE_LINE, PICTURE_COPYRIGHT, SLIDE_COUNTER, byline_fields, is_caption, slideshow_counters
from newscurate.clean.structure import EDITORS_NOTE as _EDITORS_NOTE

_I = re.IGNORECASE


def _any_of(fragments: tuple[str, ...]) -> str:
    """One regex for any of the fragments (each a regex without a top-level '|'), factored as a
    trie of their literal prefixes: re tries an alternation's branches one by one, so ninety words
    cost ninety attempts at every position, and a trie of them a handful."""
    trie: dict = {}
    for fragment in fragments:
        literal = _literal_prefix(fragment)
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node.setdefault("", []).append(fragment[len(literal) :])
    return f"(?:{_trie_regex(trie)})"


def _literal_prefix(fragment: str) -> str:
    prefix = re.match(r"[^\\.^$*+?{}\[\]()|]*", fragment).group()
    # A quantifier after the prefix applies to its last character.
    return prefix[:-1] if fragment[len(prefix) : len(prefix) + 1] in ("?", "*", "+", "{") else prefix


def _trie_regex(node: dict) -> str:
    rests = node.get("", [])
    branches = [re.escape(char) + _trie_regex(child) for char, child in node.items() if char]
    branches += [rest for rest in rests if rest]
    if not branches:
        return ""
    if "" in rests:
        return f"(?:{'|'.join(branches)})?"
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def _openings(fragment: str) -> list[str]:
    """Literal strings one of which every match of the fragment starts with, spelled out through
    optional characters and groups of alternatives until they are long enough to be rare."""
    prefix = _literal_prefix(fragment)
    rest = fragment[len(prefix) :]
    if len(prefix) >= 6:
        return [prefix]
    if group := re.match(r"\(\?:([^()]*)\)(\??)(?![*+{])", rest):
        alternatives = group[1].split("|") + ([""] if group[2] else [])
        after = rest[group.end() :]
        return [prefix + opening for alternative in alternatives for opening in _openings(alternative + after)]
    if rest[1:2] == "?" and not re.match(r"[\\.^$*+?{}\[\]()|]", rest[:1]):
        return [prefix + middle + opening for middle in ("", rest[0]) for opening in _openings(rest[2:])]
    if rest[1:2] == "+" and not re.match(r"[\\.^$*+?{}\[\]()|]", rest[:1]):
        # A repeated character stands there once at least ('18+ only' opens with '18', not '1',
        # which every other number would open).
        return [prefix + rest[0]]
    return [prefix]


def _word_cue_openings(fragments: tuple[str, ...]) -> tuple[str, ...]:
    openings = tuple(dict.fromkeys(opening for fragment in fragments for opening in _openings(fragment)))
    if "" in openings:
        raise ValueError("a word cue must open with a literal")
    return openings


# A whole short line that is only a label: navigation, sharing, list headers, tails.
_SOCIAL = (
    r"(?:\s*[:|·•,/-]?\s*(?:facebook|twitter|x|whatsapp|telegram|viber|linkedin|reddit|e-?mail|vk|ok|instagram|youtube|tiktok|copy link|print"
    # 'Copy link' in sv, no, da, fi, id, cs, ru, uk, it, es, fr, de, pl, nl, tr, hi, ja, zh, ar.
    r"|kopiera länk(?:en)?|kopier lenke(?:n)?|kopiér link|kopioi linkki|salin tautan|zkopírovat odkaz|копировать ссылку|скопіювати посилання"
    r"|copia link|copiar enlace|copier le lien|link kopieren|kopiuj link|link kopiëren|linki kopyala|लिंक कॉपी करें|リンクをコピー|复制链接|نسخ الرابط))*"
)
_LABEL_LINE = re.compile(
    r"^(?:share(?: this(?: article| story| post| update| entry| page)?)?(?: on \w+)?|follow(?: us)?(?: on(?: [\w ,&]+)?)?|download(?: pdf)?|print"
    r"|e-?mail|tweet|related(?: posts?| articles?| stories| content| news)?|read (?:more|also|next)(?: on \w+)?"
    r"|see also|search|search trends|jump to(?: section)?|trending(?: now)?|most (?:read|popular|viewed)|tags?|comments?(?: \(\d+\))?"
    r"|related (?:coverage|reading|topics)|(?:suggested |explore more on these )?topics|schlagwörter|mots-clés|etiquetas|etichete"
    r"|témata|štítky|tagi|etiketler|теги|теґи|мітки|метки|more (?:[\w-]+ ){0,2}(?:stor(?:y|ies)|articles|news|posts|videos|checks|features)|more on (?:this|the) (?:topic|story|subject|issue)|mehr aus [\w ]+"
    r"|dans la même rubrique|mohlo by vás zajímat|přečtěte si (?:také|též)|čtěte (?:také|též)|citește și"
    # A gallery's counter: 'Photo 2 of 6', 'Foto 2 de 6', 'Item 1 of 2'.
    r"|(?:photo|foto|image|imagen|immagine|bild|item|slide|фото)\s*\d+\s*(?:of|de|di|von|sur|z|из|з|/)\s*\d+"
    r"|comments are closed(?: for this (?:article|story|post))?|(?:page|seite|página|pagina|strona|страница|сторінка) \d+ (?:of|von|de|di|z|из|з) \d+"
    r"|advertisement(?: · scroll to continue)?|scroll to continue|sponsored(?: content)?|skip to (?:main )?content|sign in|log in|register|menu|home|newsletter"
    r"|subscribe(?: now)?|donate(?: now)?|more from [\w ]+|you (?:may|might) also like|recommended(?: for you)?"
    r"|reklama|reklam|advertentie|anuncio|publicité|werbung|pubblicità|publicidade|реклама|te puede interesar|ilginizi çekebilir"
    r"|zaloguj się|subskrybuj|udostępnij|skomentuj|dodaj komentarz|paylaş|yorum yap|delen|deel dit artikel|nieuwsbrief"
    r"|newsletter(?: «[^»]*»| \S+)?|s'inscrire|inscrivez-vous|anmelden|iniciar sesión|suscríbete|assinar|entrar|войти|увійти"
    r"|(?:temps de lecture|lecture|reading time|lesezeit|tiempo de lectura|lectura|tempo di lettura|lettura|czas czytania|okuma süresi)\s*:?\s*\d+\s*min\.?"
    r"|\d+\s*min(?:ute)?s? read"
    # A button's text in brackets ('[Start free trial]'), a form's placeholder ('Type your email...').
    r"|\[[^\[\]]{1,40}\]|(?:type|enter) your e-?mail(?: address)?(?:\.\.\.|…)?|(?:your )?e-?mail address"
    r"|(?:end )?sponsored(?: content| message| post)?|(?:поддержать|підтримати)(?: [«\"„][^»\"“]{1,40}[»\"“])?"
    r"|leave a (?:comment|reply)|log in to comment|sign in to comment|поделиться|читайте также|читайте також|подписывайтесь(?: на нас)?"
    r"|підписуйтесь|реклама|síguenos(?: en [\w ,y]+)?|siga-nos(?: no [\w ,e]+)?|folge uns(?: auf [\w ,und]+)?|suivez-nous(?: sur [\w ,et]+)?|leia (?:também|mais)|continua após a publicidade|compartilhe|lesen sie auch|mehr zum thema|anzeige|(?:artikel |beitrag )?teilen"
    r"|partager|lire aussi|publicité|leggi anche|condividi|seguici|pubblicità|lee también|publicidad|compartir|sigue leyendo|seguir leyendo"
    # A share button's confirmation, a blog's like button before its script ran.
    r"|link copied|like loading(?:\.\.\.|…)?"
    # A newsletter's contents label: 'In today's edition:'.
    r"|in (?:today['’]s|this|this week['’]s) (?:edition|issue|newsletter|briefing):?"
    # Page widgets' own lines: an ad slot that has not loaded, the author-alert and ownership widgets,
    # a share prompt, a contact or topics label ('Tematy:'), 'see also' in the River Plate's voseo.
    r"|(?:this )?advertisement has not loaded yet(?:, but your article continues below)?|your article continues below"
    r"|you are the owner of this article|author of the article|sign up(?: now| here| today)?|(?:kindly |please )?share this (?:story|article|post)"
    r"|contact(?: us)?|tematy|mirá también|veja mais notícias(?: [\w ]{1,40})?"
    # A blog's related posts print each one's category under it: 'In "EU Politics"'.
    r'|in ["“][^"”]{1,40}["”]'
    # Share, tags and subscribe labels in more languages: sv, no/da, fi, id, cs, uk, pt, nl, it, hi, ja, zh, ar.
    r"|dela(?: artikeln)?|del (?:artikkelen|artiklen)|jaa(?: artikkeli)?|bagikan(?: artikel)?|sdílet|поділитися|compartilhar|partilhar"
    r"|शेयर(?: करें)?|シェア(?:する)?|分享(?:到)?|شارك|مشاركة"
    r"|ämnen(?: i artikeln)?|emner|aiheet|avainsanat|trefwoorden|palavras-chave|parole chiave|टैग्स|टैग|タグ|标签|標籤|الوسوم|وسوم"
    r"|prenumerera(?: nu)?|abonner(?: nå| nu)?|tilaa(?: nyt)?|berlangganan|langganan|předplatit|předplatné|सब्सक्राइब(?: करें)?|abone ol|订阅|اشترك"
    # A skip link in more languages: 'Aller au contenu principal', 'Zum Inhalt springen', '본문 바로가기'.
    r"|skip to (?:main )?(?:navigation|menu)|aller au (?:contenu(?: principal)?|menu)|(?:direkt )?zum inhalt(?: springen)?"
    r"|(?:ir|saltar) al contenido(?: principal)?|vai al contenuto(?: principale)?|przejdź do (?:treści|zawartości)(?: głównej)?"
    r"|перейти к (?:основному )?содержанию|перейти до (?:основного )?(?:змісту|вмісту)|chuyển đến nội dung(?: chính)?"
    r"|μετάβαση στο (?:κύριο )?περιεχόμενο|تخطَّ? إلى المحتوى|跳转到(?:主要)?内容|본문 바로가기|ana içeriğe (?:geç|atla)"
    # A newsletter box's header: 'Get the Courier Health newsletter', 'Sign up for our daily newsletter'.
    r"|(?:get|sign up for|subscribe to) (?:the|our) [\w'’ -]{1,40} newsletter"
    # Story lists' labels in vi, el, ko, zh, ar: related, most read, recommended.
    r"|tin (?:liên quan|cùng chuyên mục|mới nhất|đọc nhiều)|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|bài viết liên quan|có thể bạn quan tâm"
    r"|σχετικά(?: άρθρα| θέματα)?|τα πιο (?:δημοφιλή|διαβασμένα)|δημοφιλή|προτεινόμενα|διαβάστε (?:επίσης|ακόμη)"
    r"|관련 ?기사|추천 ?기사|많이 본 (?:기사|뉴스)|인기 ?기사|相关(?:新闻|阅读|报道|文章)|推荐阅读|热门(?:新闻|排行|文章)|相關(?:新聞|閱讀|報導)"
    r"|الأكثر (?:قراءة|مشاهدة)|مواضيع ذات صلة|أخبار ذات صلة|اقرأ (?:أيضا|أيضاً))"
    + _SOCIAL + r"\s*[:.!|»>-]*$",
    )
# A line made only of comment-widget and sharing controls: 'Reply · Like (8)'.
_CONTROLS_LINE = re.compile(
    r"^(?:(?:reply|like|likes|dislike|report|share|upvote|downvote|responder|curtir|ответить|відповісти|antworten|répondre|rispondi"
    r"|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|email|e-mail|print|comments?|copy link|udostępnij|skomentuj|komentarze"
    r"|\d+|[·|•()\[\]/-])\s*){2,}$",
    )
# A count in brackets, thousands grouped perhaps: '(12)', '(1,284)', '(1 284)'.
_DIGITS = r"\d+(?:[,.\u00a0\u202f ]\d{3})*"
_COUNT = rf"(?: \({_DIGITS}\))?"
_COMMENTS_HEADER = re.compile(
    rf"^(?:comments?{_COUNT}|{_DIGITS} comments?|log in to comment|sign in to comment|leave a (?:comment|reply)"
    rf"|join the (?:discussion|conversation)|have your say|discussion about this (?:post|article|story)|diskussion \({_DIGITS}\)"
    rf"|комментари[ийя]{_COUNT}|коментар(?:і|ів){_COUNT}|comentários{_COUNT}|kommentare{_COUNT}"
    rf"|commentaires{_COUNT}|commenti{_COUNT}|comentarios{_COUNT}|réactions{_COUNT}|reações{_COUNT}"
    rf"|komentarze{_COUNT}|reacties{_COUNT}|yorumlar{_COUNT}|comments are closed[\w ]*\.?"
    rf"|responses \({_DIGITS}\)|disku[sz](?:e|ia){_COUNT}|komentáře{_COUNT}|comentarii{_COUNT}"
    rf"|komentar{_COUNT}|kommentarer{_COUNT}|kommentit{_COUNT}|(?:bu habere |bu haberle ilgili )?yorum (?:yapın|yazın)"
    rf"|(?:この記事への)?コメント(?:[（(]\d+件?[）)])?"
    # Vietnamese, Greek, Arabic, Chinese and Korean: 'Bình luận (8)', 'Σχόλια (6)', 'التعليقات', '网友评论', '댓글 12'.
    rf"|bình luận{_COUNT}|σχόλια{_COUNT}|(?:ال)?تعليقات{_COUNT}|(?:网友|读者|全部|最新)?评论(?:[（(]{_DIGITS}条?[）)])?"
    rf"|(?:網友|讀者|全部|最新)?評論(?:[（(]{_DIGITS}[）)])?|댓글(?: ?{_DIGITS}|{_COUNT})?)\s*:?$",
    _I,
)
# What those headers open with besides a figure, in every case re's IGNORECASE accepts: a line
# opening otherwise is not tried against them.
_COMMENTS_HEADER_INITIALS = "BCDHJKLRSYbcdhjklrsyКкこコΣσςات网读全最评評網讀댓\u017f\u212a"  # the last two: long s, Kelvin sign
_BREADCRUMB = re.compile(r"^(?:[\w'’ -]{2,25}\s*[|›»>/·•]\s*){2,}[\w'’ -]{2,25}$")
# Found at once where it stands; the breadcrumb is only tried on a line that has one.
_BREADCRUMB_SEPARATOR = re.compile(r"[|›»>/·•]")
# Notices and disclaimers: what opens the line, matched once, apart from what may stand anywhere
# in it.
_COPYRIGHT_OPENING = re.compile(r"copyright\b|©|\(c\)\s*\d{4}")
# What may stand anywhere comes in two parts: words, which start a word and so are only tried where
# `_word_openings` found one of their openings, and phrases, searched for (they may follow letters).
_COPYRIGHT_WORDS = ("all rights reserved\\b",)
_COPYRIGHT_PHRASE_FRAGMENTS = (
    "все права защищены", "усі права захищені", "todos os direitos", "todos los derechos reservados",
    "tous droits réservés", "alle rechte vorbehalten", "tutti i diritti riservati", "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone", "chroniony prawem autorskim", "urheberrechtlich geschützt", "protégé par le droit d'auteur", "tüm hakları saklıdır", "alla rättigheter förbehållna", "alle rettigheter reservert",
    "alle rettigheder forbeholdes", "kaikki oikeudet pidätetään", "hak cipta dilindungi", "všechna práva vyhrazena",
    "सर्वाधिकार सुरक्षित", "無断転載を禁", "無断転載禁止", "版权所有", "版權所有", "جميع الحقوق محفوظة",
    # Reuse terms in Ukrainian and Russian footers: 'Використання матеріалів … дозволяється за умови посилання'.
    r"використання матеріалів[^.]{0,120}(?:дозволяється|допускається|можливе)", r"передрук[^.]{0,80}(?:дозволяється|заборонен)",
    r"использование материалов[^.]{0,120}(?:разрешается|допускается|возможно)", r"перепечатк[^.]{0,80}(?:разрешается|запрещен)",
)
# The sign with a year beside it, wherever it stands in a short line: 'Copyright © 2025 …', '… 2024 ©'.
_SIGN_WITH_YEAR = re.compile(r"©\s?(?:19|20)\d\d\b|\b(?:19|20)\d\d\s?©")
_COPYRIGHT_PHRASES = re.compile(_any_of(_COPYRIGHT_PHRASE_FRAGMENTS))
_DISCLAIMER_OPENING = re.compile(r"\(?(?:(?:the )?(?:views|opinions) expressed\b|if you want to contribute\b)|disclaimer\b|our standards\s?:")
_DISCLAIMER_WORDS = (
    r"reflects? the (?:author|writer)'?s'? (?:own )?(?:opinions?|views?)", r"opinions? (?:in|of) this (?:column|article|piece)\b",
    r"do(?:es)? not (?:necessarily )?(?:represent|reflect) the (?:editorial|views|position)",
    r"not necessarily (?:those|the views|reflect)",
    # Notes about the page, not the story: its print edition, delayed market data, the masthead, the
    # press code it follows, the browser it needs, how to report a typo.
    r"(?:appears|appeared) in print\b", "print edition with the headline", r"(?:quotes|data) delayed\b",
    r"(?:editor-in-chief|direttore responsabile|chefredakteur|rédacteur en chef|главный редактор|головний редактор)\s?:",
    r"adheres? to (?:the )?[\w'’ -]{0,80}(?:code|criteria|principles|standards)\b", r"signator(?:y|ies) (?:of|to) (?:the )?[\w'’ -]{0,80}(?:code|charter)\b",
    r"trust project\b", r"(?:enable|turn on) javascript\b",
    r"ctrl\s?\+\s?enter\b",
    # A newsletter's header and footer: 'View this email in your browser', 'You are receiving this
    # email because you signed up for …', 'Our mailing address is:'.
    r"(?:you are|you're|you’re) receiving this (?:e-?mail|newsletter|message)\b",
    r"(?:view|read|open) (?:this|it) (?:e-?mail |newsletter )?(?:online|in (?:your|a|the) (?:web )?browser)\b", r"trouble (?:reading|viewing) this (?:e-?mail|newsletter)\b",
    r"visualizz\w+ correttamente questa (?:e-?mail|newsletter)", r"si ce (?:message|mail|e-mail|courriel) ne s['’]affiche pas",
    r"(?:diese|wird diese) (?:e-?mail|newsletter) nicht (?:richtig|korrekt) angezeigt", r"si no (?:puedes|puede|consigues) ver (?:este|el|correctamente este) (?:correo|e-?mail|boletín)",
    r"our mailing address is\b", r"(?:change|update|manage) how you receive (?:these|our) e-?mails\b",
    # Where the site's links lead, and whose land it stands on (an Australian or Canadian footer: '… the
    # traditional lands of …', '… unceded territory').
    r"not responsible for the content of (?:external|other|third[- ]party|linked) (?:web ?)?(?:sites?|pages?|links?)\b",
    r"acknowledges? (?:the )?[\w'’ ,-]{0,120}(?:traditional (?:custodians|owners|lands|territor(?:y|ies))|unceded)\b",
    # A betting advertiser's required notice and terms.
    r"gamble responsibly\b", r"begambleaware\b", r"when the fun stops\b", r"t&cs? apply\b", r"18\+ only\b",
    # A publisher's registration in its footer: 'a registered charity in England and Wales (no. 1187654)',
    # 'Registered office: …', 'Company number 0123456'.
    r"registered (?:charity|company)\b[\w ,]{0,40}(?:\(?(?:no\.?|number)\s?\d|in england|in scotland)", r"registered office\s?:",
    r"(?:company|registration) (?:no\.?|number)\s?:?\s?\d",
    # A news agency's description of itself under its copy: '…, the news and media division of …, is a
    # leading provider of multimedia news to the world's media'.
    r"news and media division of\b", r"(?:leading|largest) (?:multimedia )?(?:provider|supplier) of [\w ,'’-]{0,40}news\b",
    # A syndicated story's notice about itself: 'This story was provided by … and has not been
    # edited by … staff', 'This story is auto-generated from a syndicated feed', 'This article is
    # republished from …' (not 'The letter, which has not been edited by the ministry, …').
    r"this (?:story|article|report|content|piece)\b[^.]{0,120}(?:has not been edited by|from a syndicated feed|(?:is|was) republished from)\b",
    # A fact-checker's furniture: its rating scale, its partnerships, asking for claims and for feedback.
    r"how we rate (?:claims|statements|the claims)\b",
    r"independent fact-?checking (?:programme|program|partnership|network)\b", r"international fact-?checking network\b",
    r"(?:seen|spotted|know of|come across|found) a (?:claim|post|statement) (?:you(?:'d|’d| would) like us to|we should|(?:that )?you want us to) (?:check|fact-?check)\b",
    r"was this (?:fact[- ]?check|article|story|page|explainer) (?:useful|helpful)\?",
    # A shopping site's affiliate notice: 'When you purchase through links on our site, we may earn an
    # affiliate commission', 'Circuitry is supported by its audience'.
    r"(?:buy|purchase|shop) (?:something )?(?:through|via|from) (?:the )?(?:retail )?links (?:on|in) (?:our|this) (?:site|page|article|story)\b",
    r"(?:we|may) (?:may )?(?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?commission\b", r"is supported by its (?:audience|readers)\b",
)
_DISCLAIMER_PHRASE_FRAGMENTS = (
    "nicht unbedingt die meinung", "ne reflètent pas nécessairement", r"non riflett\w+ necessariamente",
    r"no reflej\w+ necesariamente", r"não reflet\w+ necessariamente", "не обязательно совпадает", "не обов'язково збігається",
    # The notice Russian law asks of sites that recommend: 'На информационном ресурсе применяются рекомендательные технологии'.
    "применяются рекомендательные технологии",
    # Whose views an opinion piece or a comment holds: 'Les tribunes publiées n’engagent que leurs auteurs',
    # 'Редакция не несет ответственности за мнения, высказанные в комментариях'.
    "n’engagent que leurs auteurs", "n'engagent que leurs auteurs", "n’engage que son auteur", "n'engage que son auteur",
    "не несет ответственности за мнения", "не несе відповідальності за думки",
    # A Chinese portal's disclaimer: '【免责声明】本文仅代表作者本人观点'.
    "免责声明",
)
_DISCLAIMER_PHRASES = re.compile(_any_of(_DISCLAIMER_PHRASE_FRAGMENTS))
# Consent banners are long; they are told by a cookie word plus a consent or data word.
_CONSENT_WORD = (
    r"(?:partner|consent|accept|zgod|kabul|accord|toestemming|akzeptier|acept|aceit|policy|polityk|politik|politika"
    r"|política|privacy|daten|données|dati|datos|gegevens|kvkk|przetwarza|personal|settings|preferences)"
)
_CONSENT_ALTERNATIVES = (
    *(rf"{cookie}.{{0,400}}?{_CONSENT_WORD}" for cookie in ("cookie", "çerez", "ciasteczk", "куки", r"файл\w* cookie")),
    r"przetwarzani\w* (?:danych|twoich)",
    # The consent framework's standard text names no cookie: 'We and our partners store and/or access …'.
    "store and/or access", "speichern und/oder greifen", "stockons et/ou accédons", "archiviamo e/o accediamo",
    "almacenamos y/o accedemos", "armazenamos e/ou acedemos",
    "verarbeitung (?:ihrer|personenbezogener) daten",
)
_CONSENT = re.compile("|".join(_CONSENT_ALTERNATIVES))
_PRIVACY_WORDS = (
    r"(?:privacy|cookies?)(?: and cookie)? (?:policy|policies|settings|notice|preferences)\b", r"cookies?\b",
    r"handled in accordance with (?:the |our )?[\w'’ -]{0,40}privacy\b",  # under a sign-up form
)
_PRIVACY_PHRASE_FRAGMENTS = (
    r"политик\w* конфиденциальности", "política de privacidade", "política de privacidad", "datenschutz", "confidentialité",
    "informativa sulla privacy",
    # Under a sign-up form in uk and pl: '… з політикою конфіденційності', 'Administratorem Twoich danych osobowych jest …'.
    r"політик\w* конфіденційності", r"polityk\w* prywatności", r"administratorem (?:twoich |pani |pana )?danych",
)
_PRIVACY_PHRASES = re.compile(_any_of(_PRIVACY_PHRASE_FRAGMENTS))
_RELATED_LINE = re.compile(
    r"^(?:related(?: article| story| post| coverage)?|read (?:more|also)|see also|читайте (?:также|також)|дивіться також"
    r"|czytaj (?:też|także|więcej)|lees (?:ook|meer)|ayrıca (?:oku|bakınız)|ver también|vedi anche"
    r"|leia (?:também|mais)|lee (?:también|más)|lesen sie (?:auch|mehr)|mehr zum thema|lire aussi|à lire aussi|leggi anche"
    r"|přečtěte si (?:také|též)|čtěte (?:také|též)|citește și|prečítajte si (?:aj|tiež)"
    r"|watch|most (?:read|popular|viewed)|(?:también )?te puede interesar|ti potrebbe interessare|potrebbe interessarti"
    r"|vous aimerez aussi|das könnte sie (?:auch )?interessieren|you (?:may|might) also like|also read|read next"
    r"|läs (?:också|även|mer)|les (?:også|mer)|læs (?:også|mere)|lue myös|baca (?:juga|selengkapnya)|artikel terkait"
    r"|関連記事|あわせて読みたい|相关(?:阅读|新闻|报道)|延伸阅读|य[हे] भी पढ़ें|और पढ़ें|اقرأ (?:أيضا|أيضاً|المزيد)"
    r"|διαβάστε (?:επίσης|ακόμη)|xem thêm|đọc thêm|tin liên quan|관련 ?기사|함께 볼 ?만한 기사"
    # The next story's pointer: 'Siguiente: …', 'Up next: …'.
    r"|siguiente|up next|next (?:story|article)|article suivant|nächster artikel|tiếp theo|التالي)"
    # A word or two may name the kind of piece: 'Lire aussi le reportage | …'.
    r"(?: [\w'’]+){0,2}\s*[:|\-：]\s*\S",
    _I,
)
_RELATED_LINE_WORDS = 30


def _is_related_line(stripped: str) -> bool:
    # The pointer's separator is required: a line without one is not tried against the phrases.
    return ("-" in stripped or ":" in stripped or "|" in stripped or "：" in stripped) and _RELATED_LINE.match(stripped) is not None


# In these two, at most one alternative can match at any position: factored, they count the same matches.
_APPEAL_STRONG_WORDS = (
    "subscri(?:be|ption)", "donat(?:e|ion)", "newsletter", "sign up", "reader-(?:funded|supported)", "join our community",
    "help us", "support us", "support our", "support my work", "support (?:fearless|independent|quality) journalism",
    "become a (?:paying |paid )?(?:member|patron|supporter|subscriber|donor)", "paid subscri", "gift articles?",
    "monthly (?:gift|donation)", "free trial", "app store", "google play", "morning (?:e-?mail|briefing)", "daily briefing",
    "cancel (?:anytime|at any time)", "disdici quando vuoi", "unsubscribe",
    "iscriviti", "inscreva-se", "cadastre-se", "regístrate", "zapisz się", "rely on (?:our )?readers", "readers like you", "active hyperlink",
    "written permission", "print edition", "paywall", "do you have a story", "got a story", "tip us off", "e-?mail us",
    "whatsapp us", "delivered to your inbox", "in (?:je|your) (?:mailbox|inbox)", "recevez chaque", "inscrivez-vous",
    "ontvang elke", "get the latest",
    # A call-out to readers: 'We would like to hear from you … share your experiences using the form below'.
    "the form below", "share your experiences?", "we(?:'d| would) (?:like|love) to hear from",
    # A call for comments: 'Have your say in the comments below', 'Let us know in the comments'.
    "have your say", r"(?:in|to) the comments(?: section)? below", "let us know in the comments",
    # Asked for, at a sentence's start, not told ('she plans to write a letter to the editor of the Gazette').
    *(rf"{verb}(?<![a-z,] {verb})(?: us)? a letter to the editor" for verb in ("write", "submit", "send")),
    r"(?:work|project|site|website|publication|journalism|reporting|issue|edition|newsletter|e-?mail|episode)\b[\w ]{0,40} (?:is|are) (?:supported|funded|sponsored|made possible) by",
    "подпи(?:шитесь|сывайтесь|ска)", "підпи(?:шіться|суйтесь|ска)", "поддерж(?:ите|ать) (?:редакцию|нас|проект|«)",
    "пожертвовани", "підтрима(?:йте|ти)", "донат", "assine", "apoie", "apoiar o", "doação", "doações", "abonnieren",
    "unterstützen sie", "spende", "abonnez-vous", "soutenez", "faire un don", "abbonati", "sostieni", "donazione",
    "suscríbete", "donativo", "haz una donación",
    # Subscriptions and newsletters in sv, no, da, fi, id, cs, hi, tr.
    "prenumer(?:era|ation)", "nyhetsbrev", "nyhedsbrev", "bli abonnent", "uutiskir(?:je|jeen|jeemme)", "berlangganan", "předplatn",
    "सब्सक्राइब", "abone ol",
    # An app to download, a messaging channel to join.
    r"download (?:the|our) [\w ]{0,30}app\b", "ऐप डाउनलोड", "unduh aplikasi", "ladda ner appen", "last ned appen", "lataa sovellus",
    "pobierz aplikację", "скачайте приложение", "uygulamayı indir", r"(?:join|follow) our (?:whatsapp|telegram) channel",
    "bergabung di saluran",
    # A paywall's offers and a gift link: 'Unlock full access', 'jederzeit kündbar', 'offrir cet article'.
    r"unlock (?:full|unlimited) access", "jederzeit kündbar", "noch kein abo", "kostenlos testen", "abonnement", "offrir cet article", "artikel verschenken",
    # A newsletter delivered to the reader's inbox, and newsletters in ko, vi, zh, ar.
    r"in ihr(?:em|en)? postfach", r"dans votre boîte (?:mail|e-mail|aux lettres|de réception)", "뉴스레터", r"구독(?:하|신청)",
    "đăng ký nhận", "bản tin", "订阅", "النشرة البريدية",
    # An outlet that lives on its readers' money (uk, ru).
    "завдяки читачам", "благодаря читателям", r"станьте (?:нашим )?(?:партнером|патроном|донором)",
    # Alerts and saved articles for signed-in readers; what a subscription unlocks; a sign-up's confirmation.
    r"e-?mail notifications?", "your notification", r"breaking news alerts?", r"save (?:this )?articles?(?: for later)?",
    r"unlimited (?:online |digital )?access", r"full access to (?:our|the)", r"signed up to receive",
    # A Spanish newsletter: 'Recibe cada mañana las noticias … en tu correo'.
    r"recibe (?:cada|gratis|nuestr|las noticias)",
    # An outlet saying whose money keeps it going: 'We keep the lights on thanks to our readers'.
    r"thanks to our readers",
)
_APPEAL_STRONG = re.compile(r"\b" + _any_of(_APPEAL_STRONG_WORDS) + r"\w*")
_APPEAL_WEAK_WORDS = (
    "journalism", "independent", "(?:supported|funded|sponsored) by",
    "our (?:work|materials|reporting|readers|team|journalists)", r"журналисти\w+", r"финансировани\w+", r"редакци\w+",
    "jornalismo", "journalismus", "giornalismo", "periodismo", "leitores", "lectores", "please", "free information",
    "fund", "newspaper", "exclusive", "investigations", "close this page", "accessible to everyone",
    # An offer's terms: free, a sign-up link.
    "for free", r"gratuit\w*", "gratis", "kostenlos", "sign up here", "click here",
    "latest (?:news|updates)",
    # A channel to follow: 'Подписывайтесь на «Вестник» в Telegram'.
    r"(?:в|у|on|in|auf|sur|en|no|na) telegram",
    # What readers' money does, and what a reader in a censoring country needs.
    r"with your (?:help|support)", r"even [€$£]?\d+\s?(?:euros?|dollars?|pounds?|[€$£])? a month", "vpn", "keep reading",
    "en tu correo",
)
_APPEAL_WEAK = re.compile(r"\b" + _any_of(_APPEAL_WEAK_WORDS) + r"\b")
_OUTLET_VOICE = re.compile(
    r"\b(?:[Ww]e|[Ww]e're|[Ww]e’re|[Oo]ur|us|[Мм]ы|[Нн]ам|[Нн]аш\w*|[Нн]ós|[Nn]oss[ao]s?|[Ww]ir|[Uu]nser\w*|[Nn]ous|[Nn]otre|[Nn]os"
    r"|[Nn]oi|[Nn]ostr[aoie]|[Nn]uestr[ao]s?|[Nn]asz\w*|[Kk]ami|[Vv]åra?|[Vv]årt)\b"
)
_QUOTE_MARK = re.compile(r"[“”\"«»]")
# A quoted span of a few words names something (a newsletter, a section, a button); speech is longer.
_SHORT_QUOTED_NAME = re.compile(r"[“\"«„][^“”\"«»„]{0,40}[”\"»“]")
_NAME_WORDS = 4
# Without a leading '\b', re skips to the letters these words open with.
_ATTRIBUTION = re.compile(
    r"(?:said|says|told|according to|sagte|sagt|a déclaré|a dit|dijo|ha dicho|ha detto|disse|afirmou|заявил|сказал|заявив|сказав"
    r"|powiedział|powiedziała|säger|sier|siger|sanoo)\b"
)


def _quotes_speech(stripped: str) -> bool:
    """Whether the line quotes someone: it opens with a dialogue dash, or a quote mark is left once
    short quoted names are set aside. A closing guillemet with no opening one is a button's arrow
    ('Subscribe »')."""
    if stripped.startswith(("– ", "— ")):
        return True  # Scandinavian and Slavic dialogue opens speech with a dash: '– Vi ser att …, säger hon.'
    unquoted = _SHORT_QUOTED_NAME.sub(lambda m: "" if at_most_words(m.group(), _NAME_WORDS) else m.group(), stripped)
    if unquoted.endswith("»") and "«" not in unquoted:
        unquoted = unquoted[:-1]
    return bool(_QUOTE_MARK.search(unquoted))
# An appeal's imperative opening a sentence speaks to the reader too: 'Download the X app to …'.
_READER_IMPERATIVE = re.compile(r"(?:^|[.!?]\s)(?:download|subscribe|sign up|join|install|catch all)\b")
_READER_VOICE = re.compile(
    r"\b(?:you|your|вы|вас|ваш\w*|você|vocês|sie|ihr\w*|dein\w*|vous|votre|vos|ton|ta|tes|voi|tu|tuo|tua|tuoi|tue|usted|tus|twoj\w*|wasz\w*)\b"
)

# Every content cue below contains '©', '(c)' or one of these stems at the start of a word; a line
# with none of them is not judged further.
_TRIGGER_WORDS = (
    "copyright", "rights reserved", "права защищены", "права захищені", "direitos", "derechos reservados", "droits réservés",
    "rechte vorbehalten", "diritti riservati", "rechten voorbehouden", "prawa zastrzeżone", "hakları saklıdır", "views expressed", "opinions expressed", "reflect",
    "necessarily", "contribute", "disclaimer", "receiving this", "browser", "trouble reading", "trouble viewing", "correttamente",
    "ne s'affiche", "ne s’affiche", "nicht richtig", "nicht korrekt", "no puedes ver", "no puede ver", "no consigues ver", "mailing address", "how you receive", "privacy", "cookie", "конфиденциальн", "privacidad", "privacidade",
    "datenschutz", "confidentialit", "informativa", "subscri", "donat", "newsletter", "sign up", "reader-", "join our",
    "help us", "support", "rely on", "readers like", "hyperlink", "permission", "print edition", "paywall",
    "supported by", "funded by", "sponsored by", "made possible", "подпи", "поддерж", "пожертв", "підтрима", "донат",
    "assine", "apoi", "doaç", "abonn", "unterstütz", "spende", "soutenez", "faire un don", "abbonat", "sostieni",
    "donazion", "suscr", "donativ", "haz una", "do you have a story", "got a story", "email us", "contact us", "call us",
    "whatsapp us", "tip us", "recevez", "receive our", "ontvang", "get the latest", "journalis", "independent",
    "our work", "our material", "our report", "our readers", "our team", "our journalists", "журналист", "финансир",
    "редакц", "jornalismo", "giornalismo", "periodismo", "leitores", "lectores", "please", "free information", "fund",
    "newspaper", "exclusive", "investigations", "close this page", "accessible to everyone",
    "become a", "paid subscri", "gift article", "monthly gift", "monthly donation", "free trial", "app store", "google play",
    "morning e", "morning briefing", "daily briefing", "cancel", "disdici", "iscriviti", "inscreva", "cadastre", "regístrate",
    "zapisz się", "for free", "gratuit", "gratis", "kostenlos", "click here", "appears in print", "appeared in print",
    "quotes delayed", "data delayed", "editor-in-chief", "direttore responsabile", "chefredakteur", "rédacteur en chef",
    "главный редактор", "головний редактор", "adhere", "signator", "trust project", "javascript", "ctrl",
    "how we rate", "fact-check", "fact check", "a claim", "a post", "a statement", "was this",
    "delivered to", "in your inbox", "in your mailbox", "in je inbox", "in je mailbox", "inscri", "e-mail us", "підпи",
    "unsubscri", "prenumer", "nyhetsbrev", "nyhedsbrev", "bli abonnent", "uutiskir", "berlangganan", "předplatn", "सब्सक्राइब",
    "abone ol", "download the", "download our", "ऐप डाउनलोड", "unduh aplikasi", "ladda ner appen", "last ned appen", "lataa sovellus",
    "pobierz aplikację", "скачайте приложение", "uygulamayı indir", "join our whatsapp", "join our telegram", "follow our whatsapp",
    "follow our telegram", "bergabung di saluran", "latest news", "latest updates", "the form below", "share your experience", "we'd like to hear", "we would like to hear", "we'd love to hear",
    "we would love to hear", "not responsible for", "acknowledge", "gamble responsibly", "begambleaware", "when the fun stops",
    "t&c", "18+ only", "registered charity", "registered company", "registered office", "company no", "company number", "registration no",
    "registration number", "news and media division", "leading provider", "largest provider", "leading multimedia", "largest multimedia",
    "leading supplier", "largest supplier",
    "our standards", "has not been edited", "syndicated feed", "auto-generated", "is republished", "was republished",
    "unlock full access", "unlock unlimited access", "jederzeit kündbar", "noch kein abo", "kostenlos testen", "abonnement", "offrir cet article", "artikel verschenken",
    "have your say", "in the comments", "to the comments", "let us know in", "letter to the editor", "in ihrem postfach", "in ihr postfach", "in ihren postfach", "dans votre boîte", "뉴스레터", "구독하", "구독신청", "đăng ký nhận", "bản tin",
    "订阅", "النشرة البريدية", "завдяки читачам", "благодаря читателям", "станьте", "конфіденційн", "prywatności", "administratorem",
    "email notif", "e-mail notif", "your notification", "breaking news alert", "save article", "save this article",
    "unlimited online access", "unlimited digital access", "unlimited access", "full access to", "signed up to receive",
    "рекомендательн", "використання матеріал", "использование материал", "передрук", "перепечатк",
    "thanks to our readers", "with your help", "with your support", "even", "vpn", "keep reading", "en tu correo", "recibe",
    "n’engag", "n'engag", "не несет ответственности", "не несе відповідальності", "免责声明",
)
_TRIGGER = re.compile(_any_of(_TRIGGER_WORDS))
_COPYRIGHT_WORD = re.compile(r"\b(?:" + "|".join(_COPYRIGHT_WORDS) + ")")
_DISCLAIMER_WORD = re.compile(r"\b(?:" + "|".join(_DISCLAIMER_WORDS) + ")")
_PRIVACY_WORD = re.compile(r"\b(?:" + "|".join(_PRIVACY_WORDS) + ")")
# Every cue opens with a literal. One Aho-Corasick pass over the text (a DFA, in compiled code) finds
# them all, and each cue is then tried only where its opening stands: a word cue at the start of a
# word, a phrase or a consent banner anywhere. A line with no opening at all is judged on its form
# alone. (re would try a trie of the openings at every position of every line.)
_WORD_CUE_OPENINGS = _word_cue_openings(
    (*_TRIGGER_WORDS, *_COPYRIGHT_WORDS, *_DISCLAIMER_WORDS, *_PRIVACY_WORDS, *_APPEAL_STRONG_WORDS, *_APPEAL_WEAK_WORDS)
)


def _gates(**literals_per_cue: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Literal -> the cues it opens."""
    cues: dict[str, set[str]] = {}
    for cue, literals in literals_per_cue.items():
        for literal in literals:
            cues.setdefault(literal, set()).add(cue)
    return {literal: frozenset(opened) for literal, opened in cues.items()}


_CUES_OPENED = _gates(
    word=_WORD_CUE_OPENINGS,
    consent=tuple(map(_literal_prefix, _CONSENT_ALTERNATIVES)),
    copyright_phrase=tuple(map(_literal_prefix, _COPYRIGHT_PHRASE_FRAGMENTS)),
    disclaimer_phrase=tuple(map(_literal_prefix, _DISCLAIMER_PHRASE_FRAGMENTS)),
    privacy_phrase=tuple(map(_literal_prefix, _PRIVACY_PHRASE_FRAGMENTS)),
    copyright_sign=("©", "(c)"),
)
_CUE_LITERALS = tuple(_CUES_OPENED)
_CUES_OPENED_BY = tuple(_CUES_OPENED[literal] for literal in _CUE_LITERALS)
_CUE_FINDER = ahocorasick_rs.AhoCorasick(list(_CUE_LITERALS), implementation=ahocorasick_rs.Implementation.DFA)
# The literals that can carry a long line inside the text past the form checks in `_judge`: a
# consent banner's or a notice's phrase, the sign, or the opening of a `_TRIGGER` word (every
# appeal and notice needs one). A paragraph holding only other openings ('work', 'issue', 'site':
# the appeal words' openings, common in prose) is judged as one holding none.
_TRIGGER_OPENINGS = frozenset(opening for fragment in _TRIGGER_WORDS for opening in _openings(fragment))
_OPENS_A_LONG_LINES_CUE = tuple(
    literal in _TRIGGER_OPENINGS or bool(cues - {"word", "privacy_phrase"}) for literal, cues in zip(_CUE_LITERALS, _CUES_OPENED_BY)
)
# The author presented in the last lines: 'Jane Roe is a political analyst based in Vilnius.'
_AUTHOR_BIO = re.compile(
    r"^(?:[A-ZÀ-ÖА-ЯЁІЇЄ][\w'’.-]+\s){1,3}(?:is|was) (?:a|an|the) [\w ,'-]{3,80}?(?:based in|at|with|for|of)\b"
    r"|^(?:der autor|die autorin|l'auteur|l'autrice|o autor|a autora|el autor|la autora|l'autore|автор|авторка)\b",
    re.IGNORECASE,
)
# Further up, above the footer, the presentation must name a journalist's trade or beat: 'Jane Roe is
# a correspondent for …', 'Jane Roe covers energy.', a card under the name: 'Kyiv-based correspondent covering …'.
_AUTHOR_CARD = re.compile(
    r"^(?:[A-ZÀ-ÖА-ЯЁІЇЄ][\w'’.-]*+ ){1,3}(?:(?:is|was) (?:a|an|the) [\w ,'’-]{0,60}?\b(?:correspondent|reporter|journalist|writer"
    r"|editor|columnist|contributor|producer|photographer|fellow|analyst|researcher|author|bureau chief)s?|covers|writes about|reports on"
    r"|has covered|has reported)\b"
    r"|^(?:Covers|Corresponsal|Periodista|Correspondant|Correspondante|Journaliste|Korrespondent|Korrespondentin|Корреспондент"
    r"|Кореспондент|Phóng viên|Nhà báo|Δημοσιογράφος|Ανταποκριτής|Ανταποκρίτρια)\b"
    r"|^(?:[A-ZÀ-Ö][\w'’]*+-based |Senior |Chief |Foreign |Staff |Freelance )?(?:[Cc]orrespondent|[Rr]eporter|[Jj]ournalist|[Ww]riter"
    r"|[Cc]olumnist) (?:covering|for|at|based in)\b"
)
_AUTHOR_CARD_CHARS = 300  # a longer line is not tried at all
_PROSE_SHARE_BELOW_CARD = 1 / 3
# A row of section names: 'Home News Sport Culture Opinion', capitalised words and nothing else.
_MENU_LINE = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][\w'’-]*(?:\s+[a-zà-ÿа-яё]+)?[ |·•/]+){4,}[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][\w'’-]*(?:\s+[a-zà-ÿа-яё]+)?$")
_SENTENCE_END = (*".!?…\"”’»", *SCRIPT_SENTENCE_ENDS, *QUOTED_SENTENCE_ENDS)
_SHORT_LINE_WORDS = 20  # labels, menus and controls are never longer

THRESHOLD = 3
_REPORTED_PROSE_WORDS = 25
_EDGE_ZONE = 4  # lines from either end that count as header/footer zone


class _Verdict(NamedTuple):
    reason: str
    rule: str
    score: int


# Lines after which nothing on the page is the article: each opens a section that runs to the end.
_COMMENTS_TO_END = ("comments", "comments_header_to_end")
_ARTICLE_END_MARKERS = (
    (_COMMENTS_HEADER, _COMMENTS_TO_END),
    # 'N thoughts on "Headline"', 'N responses to …': a blog's comment count over its thread.
    (re.compile(r"^\d+ (?:thoughts?|responses?|replies|reactions?|comments?) (?:on|to)\b.{0,200}$", _I), _COMMENTS_TO_END),
    # A paywall: the rest of the page sells access, the article's text is not there.
    (
        re.compile(
            r"^(?:subscribe (?:now )?to (?:continue|keep) reading|subscribe to (?:unlock|read) (?:this|the (?:full|rest))"
            r"|(?:to )?(?:continue|keep) reading,? (?:subscribe|sign in|log in|register)|already a subscriber\?"
            r"|this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)"
            r"|the rest of this (?:article|story|post)\b.{0,80}?\b(?:is|are) (?:only )?(?:available|reserved|for)"
            r"|(?:keep|continue) reading with a|subscribe to .{2,60}? to (?:keep|continue) reading|this post is for paid subscribers"
            r"|il vous reste \d+(?:[.,]\d+)?\s?% de cet article|la suite est réservée aux abonnés|cet article est réservé aux abonnés"
            r"|(?:jetzt )?weiterlesen mit|dieser (?:artikel|beitrag) ist (?:nur )?für abonnenten|lesen sie (?:jetzt )?weiter mit"
            r"|(?:este|el) (?:artículo|contenido) es exclusivo para|para seguir leyendo|para continuar lendo|(?:este )?conteúdo (?:é )?exclusivo para assinantes"
            r"|per continuare a leggere|(?:questo )?(?:articolo|contenuto) (?:è )?riservato agli abbonati"
            r"|чтобы (?:продолжить чтение|читать дальше)|материал доступен только (?:подписчикам|по подписке)"
            r"|щоб (?:продовжити читання|читати далі)|матеріал доступний лише (?:для )?передплатник"
            r"|pozostało \d+\s?% artykułu|aby (?:przeczytać|czytać) (?:całość|dalej)|lees verder met|dit artikel is (?:alleen )?voor abonnees"
            r"|haberin (?:tamamını|devamını) okumak için abone|この記事は(?:有料)?会員限定|続きは(?:有料)?会員)",
            _I,
        ),
        ("promo_block", "paywall_to_end"),
    ),
    # A press release's tail: notes, contacts and the end mark.
    (
        re.compile(
            r"^(?:notes? (?:to|for) editors?|editors'? notes?|-*\s*ends\s*-*|#{3}|media (?:contacts?|enquiries|inquiries)"
            r"|press (?:contacts?|enquiries|inquiries)|forward-looking statements|hinweise für (?:die )?redaktion|pressekontakt"
            r"|notes? aux rédactions|contacts? presse|notas? (?:para|a) (?:los )?(?:editores|redactores)|contacto de prensa|contato (?:para|com) a imprensa"
            r"|note per (?:le )?redazion[ei]|contatti stampa|примечани[ея] для редактор\w*|контакты для (?:сми|прессы)|контакти для (?:змі|преси)"
            r"|informacje dla redakcji|kontakt dla mediów|noot voor de redactie|perscontact|editörlere not|basın iletişim)\s*:?$",
            _I,
        ),
        ("disclaimer", "press_release_notes_to_end"),
    ),
    # The notes under the article: footnotes, references.
    (
        re.compile(
            r"^(?:footnotes|endnotes|notes|references|bibliography|notes and references|anmerkungen|fußnoten|einzelnachweise|notas"
            r"|referencias|referências|riferimenti|bibliografia|przypisy|bibliografía|kaynaklar|примечания|примітки|литература)\s*:?$",
            _I,
        ),
        ("disclaimer", "notes_to_end"),
    ),
    # The author's bio box closes the article; what follows it is the page's.
    (
        re.compile(
            r"^(?:about the (?:author|writer)s?|über (?:den autor|die autorin|die autoren)|à propos de l'aut(?:eur|rice)"
            r"|sobre (?:o autor|a autora|el autor|la autora)|sull'autore|l'autore|об авторе|про автора|o autorze|o autorce"
            r"|yazar hakkında|over de auteur|om (?:skribenten|författaren|forfatteren)|tentang penulis"
            r"|この記事を書いた人|(?:筆者|著者)(?:紹介|プロフィール))\s*:?$",
            _I,
        ),
        ("disclaimer", "author_section_to_end"),
    ),
)
# A comment's controls or age, alone on a line: 'Reply', 'Reply 48 | Like 212', '2 hours ago | Report'.
_COMMENT_CONTROL_ITEM = (
    r"(?:\d+\s*)?(?:reply|replies|report|like|likes|upvote|downvote|flag|responder|répondre|signaler|antworten|melden"
    r"|rispondi|segnala|odpowiedz|zgłoś|beantwoorden|reageer|yanıtla|şikayet et|ответить|пожаловаться|відповісти|поскаржитися)"
    r"(?:\s*\(?\d+\)?)?"
    r"|\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|vor \d+ (?:minuten|stunden|tagen)"
    r"|il y a \d+ (?:minutes?|heures?|jours?)|hace \d+ (?:minutos?|horas?|días?)|há \d+ (?:minutos?|horas?|dias?)"
    r"|\d+ (?:минут\w*|час\w*|дн\w*|хвилин\w*|годин\w*) (?:назад|тому)"
)
_COMMENT_CONTROLS = re.compile(rf"^(?:{_COMMENT_CONTROL_ITEM})(?:\s*[·|•∙]?\s*(?:{_COMMENT_CONTROL_ITEM}))*$", _I)
_MAX_COMMENT_LINES = 6  # a comment unit: name, age, a few paragraphs, controls
_PROSE_LINES_BEFORE_END = 5  # the article has plainly begun: a marker above this many prose lines is page header


# One pattern for all markers, a named group per marker: a line is matched once, not once per marker.
_ARTICLE_END = re.compile(
    "|".join(f"(?P<m{index}>{marker.pattern})" for index, (marker, _) in enumerate(_ARTICLE_END_MARKERS)), _I
)
_MARKER_REASONS = {f"m{index}": reason_and_rule for index, (_, reason_and_rule) in enumerate(_ARTICLE_END_MARKERS)}
_MAX_MARKER_CHARS = 160


def find_article_end(text: str) -> list[Edit]:
    """Comments, a paywall, a press release's notes, the author box: from the first line that opens
    one of them, once the article has begun, to the end of the text (a paywall: to where the
    article's text resumes). Without such a line, a comment thread told by its units."""
    lines = nonblank_lines(text)
    prose_before = 0
    half = len(lines) // 2
    controls: list[int] = []
    for index, line in enumerate(lines):
        stripped = line.stripped
        begun = prose_before >= _PROSE_LINES_BEFORE_END
        if len(stripped) <= _MAX_MARKER_CHARS and (begun or index >= half):
            if (match := _ARTICLE_END.match(stripped)) and not _article_follows(lines, index):
                reason, rule = _MARKER_REASONS[match.lastgroup]
                end = _paywall_end(text, lines, index) if rule == "paywall_to_end" else len(text)
                return [Edit(line.start, end, reason, rule)]
            if begun and len(stripped) <= 40 and _COMMENT_CONTROLS.match(stripped):
                controls.append(index)
        if not begun:
            prose_before += _is_prose_line(stripped)
    return _comment_thread(text, lines, controls) or _teaser_list(text, lines)


def _article_follows(lines: list[Line], marker: int) -> bool:
    """More than twice the prose below a marker as above it: the marker belongs to a share bar
    over the article ('Leave a comment' by the headline), not to the article's end. A comment
    thread or a footer is shorter than the article it follows."""
    before = sum(len(line.stripped.split()) for line in lines[:marker] if _is_prose_line(line.stripped))
    after = sum(len(line.stripped.split()) for line in lines[marker + 1 :] if _is_prose_line(line.stripped))
    if after <= 2 * before:
        return False
    # A PDF's or an e-mail's hard-wrapped paragraphs end a sentence on their last line only, and
    # that line is often short: counted by paragraph, the article above may be the longer part.
    return _wrapped_prose_words(lines[marker + 1 :]) > 2 * _wrapped_prose_words(lines[:marker])


def _wrapped_prose_words(lines: list[Line]) -> int:
    """Words in prose paragraphs when a paragraph may be wrapped over several lines: a run of lines
    without a blank line between them, up to one that ends a sentence, 12 words or more in all."""
    total = run = 0
    previous_end = -2
    for line in lines:
        if line.start > previous_end + 1:
            run = 0  # a blank line: a new paragraph
        previous_end = line.end
        run += len(line.stripped.split())
        if line.stripped.endswith(_SENTENCE_END):
            total += run if run >= 12 else 0
            run = 0
    return total


def _comment_thread(text: str, lines: list[Line], controls: list[int]) -> list[Edit]:
    """Reader comments without a header: after the article, units of a short name line, the
    comment, and a line of controls ('Reply', 'Report', a like count, '2 hours ago'), two or more
    in a row. From the first unit's name line to the end of the text."""
    for first, second in zip(controls, controls[1:]):
        if 2 <= second - first <= _MAX_COMMENT_LINES and (start := _comment_unit_start(lines, first)) is not None:
            return [Edit(lines[start].start, len(text), "comments", "comment_thread_to_end")]
    return []


def _comment_unit_start(lines: list[Line], control: int) -> int | None:
    """The commenter's name line above a unit's first controls: a few words without a sentence's end."""
    for index in range(control - 1, max(control - _MAX_COMMENT_LINES, 0) - 1, -1):
        stripped = lines[index].stripped
        if at_most_words(stripped, 4) and not stripped.endswith(_SENTENCE_END) and not _COMMENT_CONTROLS.match(stripped):
            return index if index < control - 1 else None
    return None


_MIN_TEASERS = 3
_TEASER_HEADLINE_WORDS = 16
_TEASER_SUMMARY_WORDS = 50


def _teaser_list(text: str, lines: list[Line]) -> list[Edit]:
    """Teasers for other stories after the article: three or more blocks in a row, each a headline
    with a line or two under it (a source and age, a summary of a sentence or two), and no
    article text after them. From the first teaser to the end of the text. An article's sections
    are longer than a teaser's summary, and are set apart from their crossheads by a blank line.
    Read from the end, where the teasers stand, so an article without them is barely looked at."""
    teasers: list[list[Line]] = []
    for block in _blocks_from_end(text, lines):
        if _is_teaser(block):
            teasers.append(block)
            continue
        if len(teasers) >= _MIN_TEASERS:
            break
        if any(_is_prose_line(line.stripped) for line in block):
            return []
        teasers = []
    if len(teasers) < _MIN_TEASERS:
        return []
    first = teasers[-1][0]
    prose_before = 0
    for line in lines:
        if line.start >= first.start:
            return []
        prose_before += _is_prose_line(line.stripped)
        if prose_before >= _PROSE_LINES_BEFORE_END:
            return [Edit(first.start, len(text), "navigation", "teaser_list_to_end")]
    return []


def _blocks_from_end(text: str, lines: list[Line]):
    """Blocks of lines with no blank line between them, last block first."""
    block: list[Line] = []  # in reverse
    for line in reversed(lines):
        if block and text.count("\n", line.end, block[-1].start) != 1:
            yield block[::-1]
            block = []
        block.append(line)
    if block:
        yield block[::-1]


def _is_teaser(block: list[Line]) -> bool:
    headline, *under = (line.stripped for line in block)
    return (
        1 <= len(under) <= 3
        and not headline.endswith((".", "…", ":", ";"))
        and at_most_words(headline, _TEASER_HEADLINE_WORDS)
        and any(map(_is_prose_line, under))
        and at_most_words(" ".join(under), _TEASER_SUMMARY_WORDS)
    )


def _is_prose_line(stripped: str) -> bool:
    return stripped.endswith(_SENTENCE_END) and not at_most_words(stripped, 11)


_RESUMED_ARTICLE_WORDS = 50  # two paragraphs this long are article text; a footer's two sentences are shorter


def _paywall_end(text: str, lines: list[Line], marker: int) -> int:
    """Where the article resumes under a paywall notice: a scraper often got the text the notice
    hides, and two prose paragraphs in a row are that text, not the offers around the notice."""
    for index in range(marker + 1, len(lines) - 1):
        pair = lines[index].stripped, lines[index + 1].stripped
        if all(map(_is_prose_line, pair)) and not at_most_words(" ".join(pair), _RESUMED_ARTICLE_WORDS - 1) and not any(map(_ACCOUNT_TALK.search, pair)):
            return lines[index].start
    return len(text)


# The paywall's own prose: 'Tu suscripción se está usando en otro dispositivo …', 'Share your account …'.
_ACCOUNT_TALK = re.compile(
    r"(?i)\b(?:subscri(?:ption|ber)s?|account|password|device|log(?:ged)? in|sign(?:ed)? in|suscrip(?:ción|tor(?:es)?)|cuenta|contraseña|dispositivo"
    r"|abonnement|abonné|compte|mot de passe|appareil|abo|konto|passwort|gerät|abbonamento|abbonat[oi]|assinatura|assinante|conta|senha"
    r"|подписк\w*|аккаунт\w*|пароль|устройств\w*|передплат\w*|акаунт\w*|пристр\w*|subskrypcj\w*|hasło|urządzeni\w*)\b"
)


_FOOTER_NOTICE_WORDS = 100


def find_boilerplate(text: str) -> list[Edit]:
    lines = nonblank_lines(text)
    lowered = _lowered_in_place(text)
    found = _cues_found_per_line(lowered, lines)
    verdicts = [_judge(line, index, len(lines), found[index], lowered) for index, line in enumerate(lines)]
    edits = []
    labels = []
    slideshow = None
    for index, (line, verdict) in enumerate(zip(lines, verdicts)):
        if verdict.score >= THRESHOLD:
            if verdict.rule == "label_line":
                # A slideshow's counters are left to the page furniture step, which takes the
                # caption under each along with it.
                if line.stripped[:1].isdecimal() or line.stripped[-1:].isdecimal():
                    slideshow = frozenset(at for at, _ in slideshow_counters(lines)) if slideshow is None else slideshow
                    if index in slideshow:
                        continue
                labels.append(index)
            elif verdict.reason == "promo_block" and _appeal_inside_list(text, lines, verdicts, index):
                verdict = verdicts[index] = _Verdict("navigation", "list_under_label", THRESHOLD)
        elif verdict.score >= 1 and _inside_appeal_block(verdicts, lines, index):
            verdict = _Verdict("promo_block", "appeal_block_continuation", verdict.score)
        elif index and verdicts[index - 1].rule in _LIST_LABEL_RULES and _listed_under_label(
            text, lines, index, under_item=verdicts[index - 1].rule == "list_under_label"
        ):
            verdict = verdicts[index] = _Verdict("navigation", "list_under_label", THRESHOLD)
        elif index and verdicts[index - 1].score >= THRESHOLD and _inside_signup_box(lines, verdicts, index):
            verdict = verdicts[index] = _Verdict("promo_block", "signup_box", THRESHOLD)
        else:
            continue
        start, end = line_span_with_newline(text, line)
        edits.append(Edit(start, end, verdict.reason, verdict.rule))
    return (
        edits + _boxed_fields(text, lines) + _data_box(text, lines) + _author_cards(text, lines, verdicts) + _about_boxes(text, lines)
        + (_sentence_teasers_under_labels(text, lines, labels) if labels else [])
        + (_polls(text, lines) if "?" in text else [])
        + _embedded_posts(text, lines)
        + (_sponsor_blocks(text, lines) if lowered is None or any(word in lowered for word in _SPONSOR_WORDS) else [])
        + _summary_boxes(text, lines)
        + _book_details(text, lines, lowered)
        + (_slide_captions_over_credits(text, lines, verdicts) if "©" in text else [])
        + (_rating_scale(text, lines) if ": The claim" in text or ": The statement" in text else [])
    )


# A fact-checker's scale, one rating a line: 'MOSTLY TRUE: The claim is accurate but needs context.'
_RATING = re.compile(r"[A-Z][A-Z -]{2,24}:\s+The (?:claim|statement)\b")
_MIN_RATINGS = 3


def _rating_scale(text: str, lines: list[Line]) -> list[Edit]:
    """Three or more ratings in a row, each label once, each defining what it says of a claim: the
    page's legend, not the article (a transcript's 'HOST:' and 'MINISTER:' come back turn by turn)."""
    edits: list[Edit] = []
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and _RATING.match(line.stripped) and at_most_words(line.stripped, 30):
            run.append(line)
            continue
        labels = [rated.stripped.split(":", 1)[0] for rated in run]
        if len(run) >= _MIN_RATINGS and len(set(labels)) == len(labels):
            edits += [Edit(*line_span_with_newline(text, rated), "disclaimer", "rating_scale") for rated in run]
        run = []
    return edits


def _slide_captions_over_credits(text: str, lines: list[Line], verdicts: list[_Verdict]) -> list[Edit]:
    """A gallery's slide: its counter ('3 / 14'), the caption, and the picture's copyright ('©
    Yulia Krasnova for Europa Today'), which goes here as a copyright line and takes the caption
    between with it, before the step that finds the slides can no longer see the credit."""
    edits = []
    for index in range(2, len(lines)):
        # (The credit tells a slide's counter from a page number: no slideshow of several is needed.)
        if (
            SLIDE_COUNTER.fullmatch(lines[index - 2].stripped) and verdicts[index].reason == "copyright" and verdicts[index].score >= THRESHOLD
            and PICTURE_COPYRIGHT.fullmatch(lines[index].stripped) and at_most_words(lines[index - 1].stripped, CAPTION_WORDS)
        ):
            # The counter goes too: left alone, the later step would take the next paragraph for its caption.
            edits.append(Edit(*line_span_with_newline(text, lines[index - 2]), "navigation", "gallery_counter"))
            edits.append(Edit(*line_span_with_newline(text, lines[index - 1]), "caption", "gallery_caption"))
    return edits


# A book's details, set under a review or an interview: 'Title, by Jane Roe, Acme Press, 312 pages, £20.'
_PAGE_COUNT = re.compile(r"\b\d{2,4}\s?(?:pages|pp\.?|p\.|seiten|s\.|páginas|págs?\.|pagine|pagg?\.|stron|str\.|страниц\w*|стор\.|с\.|sider|sidor)(?=[\s,.;)]|$)", _I)
_PRICE = re.compile(r"\d+(?:[.,]\d{1,2})?\s?(?:€|euros?|eur|zł|kr|руб\.?|грн)(?!\w)|[€$£]\s?\d", _I)
_BOOK_DETAILS_WORDS = 40


def _book_details(text: str, lines: list[Line], lowered: str | None = None) -> list[Edit]:
    """A short line naming a page count and a price: a book's details, not the article's text."""
    # Only the currency marks the text holds are looked for line by line: most texts hold few. A
    # character is found with memchr, a longer mark by a slower search: its last character first.
    # The euro's three spellings are looked for once in the lower-cased text (each search of a
    # text with curly quotes in it costs a pass over it).
    euro_word = lowered is None or "eur" in lowered
    marks = tuple(
        mark for mark in _CURRENCY_MARKS if (euro_word or mark not in _EURO_WORDS) and mark[-1] in text and mark in text
    )
    if not marks:
        return []
    return [
        Edit(*line_span_with_newline(text, line), "navigation", "book_details")
        for line in lines
        if _names_a_price(line.stripped, marks) and at_most_words(line.stripped, _BOOK_DETAILS_WORDS)
        and _PAGE_COUNT.search(line.stripped) and _PRICE.search(line.stripped)
    ]


_CURRENCY_MARKS = ("€", "$", "£", "eur", "Eur", "EUR", "zł", "kr", "руб", "грн")
_EURO_WORDS = frozenset({"eur", "Eur", "EUR"})


def _names_a_price(stripped: str, marks: tuple[str, ...] = _CURRENCY_MARKS) -> bool:
    """A currency's sign or name somewhere in the line: found with str's search, so the two
    patterns are tried on few lines."""
    for mark in marks:
        if mark in stripped:
            return True
    return False


# The box of key points over the article: 'Summary', 'Key points', 'In short:', 'Das Wichtigste in Kürze'.
_SUMMARY_LABEL = re.compile(
    r"(?:summary|key points|key takeaways|in short|in brief|at a glance|highlights|das wichtigste(?: in kürze)?|en bref|l'essentiel"
    r"|resumen|lo más importante|in sintesi|in breve|em resumo|коротко|главное|головне|w skrócie|samenvatting|in het kort|özet)\s*:?",
    _I,
)
_SUMMARY_LABEL_CHARS = 24
_SUMMARY_ITEMS = 4
_SUMMARY_ITEM_WORDS = 35
_SUMMARY_BULLET_WORDS = 15


def _summary_boxes(text: str, lines: list[Line]) -> list[Edit]:
    """A summary label in the text's first half, and the two to four lines right under it that
    each hold one point (a single sentence, or a short bullet without one's end), when the line
    after them does not. A report's summary
    section is paragraphs of several sentences, and its table of contents short labels: both stay."""
    edits = []
    # The first half by characters: a menu's many short lines would push the box past half the lines.
    for index in range(bisect_left([line.start for line in lines], len(text) // 2)):
        stripped = lines[index].stripped
        if len(stripped) > _SUMMARY_LABEL_CHARS or not _SUMMARY_LABEL.fullmatch(stripped):
            continue
        end = index
        while end + 1 < len(lines) and end - index <= _SUMMARY_ITEMS and _is_summary_point(text, lines[end], lines[end + 1]):
            end += 1
        # The box must end where something else begins (a blank line, a caption, a paragraph of
        # several sentences): points running on may be the article's own one-sentence paragraphs.
        if 2 <= end - index <= _SUMMARY_ITEMS:
            edits.append(Edit(lines[index].start, line_span_with_newline(text, lines[end])[1], "navigation", "summary_box"))
    return edits


def _is_summary_point(text: str, above: Line, line: Line) -> bool:
    stripped = line.stripped
    return (
        text.count("\n", above.end, line.start) == 1
        and at_most_words(stripped, _SUMMARY_ITEM_WORDS) and not SENTENCE_INSIDE.search(stripped)
        # A bullet of a few words more than a menu's or a contents list's label.
        and (stripped.endswith(_SENTENCE_END) or (at_most_words(stripped, _SUMMARY_BULLET_WORDS) and not at_most_words(stripped, 4)))
    )


# A post embedded from a social network: it opens with the account ('Jane Roe' over '@janeroe',
# 'janeroe on Instagram', 'View profile') and closes with the post's time ('7:42 PM · Jun 3, 2024')
# or a link to the network ('View more on Instagram'); its counts and reply box follow.
_POST_NETWORKS = r"(?:instagram|facebook|tiktok|threads|x|twitter|bluesky|youtube)"
_POST_HANDLE = re.compile(r"@[\w.]{1,30}")
_POST_OPENER = re.compile(rf"\S{{1,40}} on {_POST_NETWORKS}|view profile", _I)
# ... or a channel post's views and time: '👁 48,2K · 16:20'.
_POST_TIME = re.compile(r"\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s?·\s?\S.{2,30}|(?:👁\s?)?[\d,.]+[km]?\s?·\s?\d{1,2}:\d{2}", _I)
_POST_CLOSER = re.compile(rf"view (?:more|this post|(?:the )?full post) on {_POST_NETWORKS}|a post shared by .{{1,60}}", _I)
_POST_COUNTS = re.compile(
    r"(?:[\d,.]+[km]? (?:likes?|reposts?|retweets?|replies|quotes|comments?|views|bookmarks)\s*)+|read [\d,.]+[km]? replies"
    r"|add a comment(?:\.\.\.|…)?|view all [\d,.]+ comments",
    _I,
)
_POST_LINES = 8  # the account's lines, the post's text, its time
_POST_NAME_WORDS = 4


# A sponsor's slot in a newsletter or a page: its label, its pitch, its button. (Not an ad slot's
# 'Advertisement' label: the article often goes on right under it.)
_SPONSOR_LABEL = re.compile(
    r"(?:sponsored(?: content| message| post| by [\w .&'’-]{1,40})?|(?:a )?(?:message|word) from our (?:partners?|sponsors?)|partner content|"
    r"in partnership with [\w .&'’-]{1,40}|paid (?:post|content)|promoted(?: content)?|presented by [\w .&'’-]{1,40})[:.]?",
    re.IGNORECASE,
)
# One of them stands in every label: the text is searched for them before its lines are.
_SPONSOR_WORDS = ("sponsor", "partner", "promoted", "paid ", "presented")
_SPONSOR_PITCH_WORDS = 70
_BUTTON_WORDS = 5


def _sponsor_blocks(text: str, lines: list[Line]) -> list[Edit]:
    """The pitch under a sponsor's label, when a button's words close it ('SPONSORED' / 'Voltaris
    Energy Storage: batteries that …' / 'Download the case study')."""
    edits = []
    for index in range(len(lines) - 2):
        if len(lines[index].stripped) > 60 or not _SPONSOR_LABEL.fullmatch(lines[index].stripped):
            continue
        pitch, button = lines[index + 1].stripped, lines[index + 2].stripped
        if (
            at_most_words(pitch, _SPONSOR_PITCH_WORDS) and not _QUOTE_MARK.search(pitch)
            and at_most_words(button, _BUTTON_WORDS) and not button.endswith(_SENTENCE_END)
        ):
            edits.append(Edit(*line_span_with_newline(text, lines[index + 1]), "promo_block", "sponsor_block"))
    return edits


def _embedded_posts(text: str, lines: list[Line]) -> list[Edit]:
    """Each embedded post, from its account's name to its time or link, with the counts under it. A
    post the article introduces ('…, she wrote on social media:') is quoted: its text stays."""
    edits = []
    index = 0
    while index < len(lines):
        stripped = lines[index].stripped
        opens = (stripped[0] == "@" and _POST_HANDLE.fullmatch(stripped)) or (
            len(stripped) <= 60 and (" on " in stripped or stripped[:4] in ("View", "view")) and _POST_OPENER.fullmatch(stripped)
        )
        close = next(
            (
                j for j in range(index + 1, min(index + 1 + _POST_LINES, len(lines)))
                if _POST_TIME.fullmatch(lines[j].stripped) or _POST_CLOSER.fullmatch(lines[j].stripped)
            ),
            None,
        ) if opens else None
        if close is None:
            index += 1
            continue
        start = index
        above = lines[index - 1].stripped if index else ""
        if stripped[0] == "@" and above and at_most_words(above, _POST_NAME_WORDS) and not above.endswith(_SENTENCE_END):
            start = index - 1  # the account's display name
        while close + 1 < len(lines) and _POST_COUNTS.fullmatch(lines[close + 1].stripped):
            close += 1
        if not (start and lines[start - 1].stripped.endswith((":", "："))):
            end = line_span_with_newline(text, lines[close])[1]
            edits.append(Edit(lines[start].start, end, "navigation", "embedded_post"))
        index = close + 1
    return edits


# What a poll's button says: 'Vote', 'Stem', 'Abstimmen', 'Voter', 'Votar', 'Głosuj', 'Голосувати'.
_VOTE_BUTTON = re.compile(
    r"(?:vote|vote now|submit|stem|stemmen|abstimmen|voter|votez|votar|vota|votare|głosuj|oddaj głos|голосувати|проголосувати"
    r"|голосовать|проголосовать|oy ver)\s*[!.»>]*", _I,
)
_POLL_ANSWER_WORDS = 5
_POLL_ANSWERS_MAX = 8


def _polls(text: str, lines: list[Line]) -> list[Edit]:
    """A reader poll: a question, two or more short answers right under it, then the vote
    button. The question, the answers and the button go."""
    edits = []
    for index, line in enumerate(lines):
        if not line.stripped.endswith("?") or not at_most_words(line.stripped, 25):
            continue
        below = lines[index + 1 : index + 2 + _POLL_ANSWERS_MAX]
        button = next((i for i, item in enumerate(below) if not _is_poll_answer(item.stripped)), len(below))
        if button >= 2 and button < len(below) and _VOTE_BUTTON.fullmatch(below[button].stripped):
            edits += [Edit(*line_span_with_newline(text, poll_line), "navigation", "poll") for poll_line in lines[index : index + button + 2]]
    return edits


def _is_poll_answer(stripped: str) -> bool:
    return at_most_words(stripped, _POLL_ANSWER_WORDS) and not _VOTE_BUTTON.fullmatch(stripped) and not stripped.endswith(_SENTENCE_END)


# The label over a list of other stories.
_STORY_LIST_LABEL = re.compile(
    r"^(?:related(?: stories| articles| news| content| coverage)?|most (?:read|popular|viewed|shared)|latest(?: news| stories)?"
    r"|top stories|more (?:[\w-]+ ){0,2}(?:stor(?:y|ies)|articles|news|features)|more on (?:this|the) (?:topic|story|subject|issue)|you (?:may|might) also like|recommended(?: for you)?|read (?:more|also|next)"
    r"|see also|mehr zum thema|meistgelesen|lesen sie auch|lire aussi|les plus lus|leggi anche|i più letti|lee también|lo más leído"
    r"|te puede interesar|leia também|mais lidas|читайте также|самое читаемое|читайте також|czytaj (?:też|także)|najczęściej czytane"
    r"|tin liên quan|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|σχετικά άρθρα|τα πιο (?:δημοφιλή|διαβασμένα)|προτεινόμενα"
    r"|관련 ?기사|추천 ?기사|많이 본 (?:기사|뉴스)|相关(?:新闻|阅读|报道)|推荐阅读|相關(?:新聞|閱讀)|الأكثر قراءة|مواضيع ذات صلة|أخبار ذات صلة)\s*:?$",
    _I,
)
_STORY_LIST_LABEL_CHARS = 30
_TEASER_SENTENCE_WORDS = 35


def _sentence_teasers_under_labels(text: str, lines: list[Line], label_lines: list[int]) -> list[Edit]:
    """Under a story list's label ('Related', 'Most read') after the article, two or more lines
    in a row of one sentence each, and nothing below but more such lists and the page's footer
    (no two prose lines in a row): the other stories' summaries, set as sentences. Read from the
    last label up, so a list above another sees the one below as page, not article. `label_lines`:
    the lines read as labels."""
    half = len(lines) // 2
    labels = [
        index for index in label_lines
        if half <= index < len(lines) - 2 and len(lines[index].stripped) <= _STORY_LIST_LABEL_CHARS
        and _STORY_LIST_LABEL.match(lines[index].stripped)
    ]
    if not labels:
        return []
    edits = []
    page_from = len(lines)  # from here down, lines are page: teaser lists or footer
    for label in reversed(labels):
        items = label + 1
        while items < len(lines) and _is_teaser_sentence(text, lines[items - 1], lines[items]):
            items += 1
        if items - label - 1 < 2 or _has_prose_pair(lines[items:page_from]) or not _article_above(lines, label):
            continue
        end = line_span_with_newline(text, lines[items - 1])[1]
        edits.append(Edit(lines[label].start, end, "navigation", "sentence_teasers_under_label"))
        page_from = label
    return edits


def _has_prose_pair(lines: list[Line]) -> bool:
    prose = [_is_prose_line(line.stripped) for line in lines]
    return any(a and b for a, b in zip(prose, prose[1:]))


def _article_above(lines: list[Line], index: int) -> bool:
    """Enough prose above the line for the article to have begun (counted only as far as needed)."""
    prose = 0
    for line in lines[:index]:
        prose += _is_prose_line(line.stripped)
        if prose >= _PROSE_LINES_BEFORE_END:
            return True
    return False


def _is_teaser_sentence(text: str, above: Line, line: Line) -> bool:
    stripped = line.stripped
    return (
        text.count("\n", above.end, line.start) == 1
        and stripped.endswith(_SENTENCE_END)
        and at_most_words(stripped, _TEASER_SENTENCE_WORDS)
        and not SENTENCE_INSIDE.search(stripped)
    )


# 'About Acme Corp' over 'Acme Corp is a …': who issued a press release, or runs the site.
_ABOUT = ("About", "Über", "À propos de", "A propos de", "Acerca de", "Sobre", "Informazioni su", "O firmie", "О компании", "Про компанію")
_ABOUT_OPENINGS = tuple(f"{about} " for about in _ABOUT)
_ABOUT_HEADER = re.compile(rf"^(?:{'|'.join(_ABOUT)})\s+(?:the\s+)?(?P<name>[^\s.:]{{2,40}})(?:\s+\S+){{0,5}}$")
_ABOUT_TEXT_WORDS = 150


def _about_boxes(text: str, lines: list[Line]) -> list[Edit]:
    """A header 'About X' in the lower half and the paragraph under it that opens with X's name:
    the standard paragraph about a company or organisation that closes a release or a page."""
    edits = []
    for index in range(len(lines) // 2, len(lines) - 1):
        header, below = lines[index], lines[index + 1]
        if not header.stripped.startswith(_ABOUT_OPENINGS) or not (match := _ABOUT_HEADER.match(header.stripped)):
            continue
        # The name opens the paragraph, after its article at most: 'About the X' over 'The X is …'.
        if below.stripped.find(match["name"], 0, len(match["name"]) + 4) >= 0 and at_most_words(below.stripped, _ABOUT_TEXT_WORDS):
            edits.append(Edit(header.start, line_span_with_newline(text, below)[1], "disclaimer", "about_box"))
    return edits


def _author_cards(text: str, lines: list[Line], verdicts: list[_Verdict]) -> list[Edit]:
    """The author presented after the article, above the page's footer ('Jane Roe covers energy.'):
    below the page's first third (a long footer menu may follow), with less than a third of the
    page's prose below it than above (appeals and notices below, judged as such, are not prose). Inside the
    article, a sentence presenting someone is followed by the rest of the story."""
    edits = []
    prose_words: list[int] | None = None
    for index in range(len(lines) // 3, len(lines)):
        stripped = lines[index].stripped
        if len(stripped) > _AUTHOR_CARD_CHARS or not _AUTHOR_CARD.match(stripped) or verdicts[index].score >= THRESHOLD:
            continue
        if _QUOTE_MARK.search(stripped):  # a quote presenting someone is the article's
            continue
        if prose_words is None:
            # An appeal or a notice below the card is the page's, not more of the article.
            prose_words = [
                len(line.stripped.split()) if _is_prose_line(line.stripped) and verdict.score < THRESHOLD else 0
                for line, verdict in zip(lines, verdicts)
            ]
        if sum(prose_words[index + 1 :]) < _PROSE_SHARE_BELOW_CARD * sum(prose_words[:index]):
            edits.append(Edit(*line_span_with_newline(text, lines[index]), "disclaimer", "author_card"))
    return edits


# A field of a box set beside the article, its label in capitals: 'CLAIM:', 'VERDICT: False'.
_FIELD_LABEL = re.compile(r"[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ' ]{2,30}:(?: \S+(?: \S+)?)?")
# Searched for in the whole text only once a line reads as a label: a scan of every line start costs more.
_FIELD_LABEL_OPENING = re.compile(r"^[ \t]*[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ' ]{2,30}:", re.MULTILINE)
_MAX_FIELDS = 4  # a transcript's speaker labels ('MODERATOR:') come in dozens
_FIELD_VALUE_WORDS = 40


def _boxed_fields(text: str, lines: list[Line]) -> list[Edit]:
    """A box of labelled fields (a fact check's claim and verdict, a summary box): a label in
    capitals, alone on its line or with a word or two of value, and the line or two under it
    up to the next blank line."""
    labels = [
        index for index, line in enumerate(lines)
        if len(line.stripped) <= 40 and line.stripped[:3].isupper() and ":" in line.stripped
        and _FIELD_LABEL.fullmatch(line.stripped) and line.stripped.split(":")[0].isupper()
    ]
    if not labels or len(labels) > _MAX_FIELDS or not _FIELD_LABEL_OPENING.search(text):
        return []
    edits = []
    for index in labels:
        block = [lines[index]]
        for line in lines[index + 1 : index + 4]:
            if text.count("\n", block[-1].end, line.start) != 1:
                break
            block.append(line)
        values = " ".join(line.stripped for line in block[1:])
        if 2 <= len(block) <= 3 and at_most_words(values, _FIELD_VALUE_WORDS):
            end = line_span_with_newline(text, block[-1])[1]
            edits.append(Edit(block[0].start, end, "navigation", "boxed_field"))
    return edits


# A line of a data box: a label in capitals, a bracket of figures perhaps, a colon and the value on
# the same line ('REFEREE: Jane Roe (Leeds).', 'ROVERS (4-4-2): Smith; Jones, …').
_DATA_FIELD = re.compile(r"([A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄ'’ .-]{2,40}?)\s*(?:\([^()]{1,12}\))?\s*:\s+\S")
_MIN_DATA_FIELDS = 3
_MAX_DATA_FIELDS = 8  # a transcript's speaker labels come in dozens, and repeat


def _data_box(text: str, lines: list[Line]) -> list[Edit]:
    """A match's or an event's data box: three to eight lines in a row, each a different label in
    capitals with a short value after a colon (line-ups, referee, scorers, attendance; what, when,
    where). A transcript's speakers are few names over many lines, and say sentences; a box's labels
    each stand once over values."""
    fields = [index for index, line in enumerate(lines) if line.stripped[:3].isupper() and _DATA_FIELD.match(line.stripped) and _field_value(line.stripped)]
    if len(fields) < _MIN_DATA_FIELDS:
        return []
    runs: list[list[int]] = []
    for index in fields:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    edits = []
    for run in runs:
        labels = [_DATA_FIELD.match(lines[index].stripped).group(1).strip() for index in run]
        if _MIN_DATA_FIELDS <= len(run) <= _MAX_DATA_FIELDS and len(set(labels)) == len(labels) and all(label.isupper() for label in labels):
            end = line_span_with_newline(text, lines[run[-1]])[1]
            edits.append(Edit(lines[run[0]].start, end, "navigation", "data_box"))
    return edits


def _field_value(line: str) -> bool:
    """Whether what follows a label's colon reads as a box's value (names, numbers: 'Hale; Price,
    Okafor …', 'Osei 88 pen.', '6,412.'), not as someone's sentence, whose words are mostly lower
    case ('MINISTER: No. I will stay and fix the grid.')."""
    words = line.partition(":")[2].split()
    lower = sum(1 for word in words if word[:1].islower())
    return not (lower >= 3 and lower * 2 >= len(words))


_LIST_ITEM_WORDS = 20


_LIST_LABEL_RULES = ("label_line", "list_under_label")


def _listed_under_label(text: str, lines: list[Line], index: int, under_item: bool = False) -> bool:
    """A headline under a list's label ('Read also', 'More from …', 'Tags'), with no blank line
    between: a link of the list. A sentence there is the article's, set too close to the label,
    and so is a table's row under its header (cells with figures). A menu ('Home | News | Sport')
    heads no list: under it stand the headline, the byline and the date, which the page-furniture
    step reads for the metadata."""
    above, line = lines[index - 1], lines[index]
    if any(_page_byline(lines, at) for at in range(index, min(index + _BYLINE_UNDER_HEADLINE, len(lines)))):
        return False
    if under_item and (_between_kickers(lines, index) or _teaser_dek_or_byline(lines, index)):
        return True
    return _reads_as_list_item(text, above, line) and (
        not line.stripped.endswith("?") or _question_inside_story_list(text, lines, index, under_item)
    )


def _appeal_inside_list(text: str, lines: list[Line], verdicts: list[_Verdict], index: int) -> bool:
    """A list's item that is an appeal too ('Sign up for flood warnings'), between two of its
    items, keeps the list going; an appeal heading a sign-up box stays one."""
    return (
        0 < index < len(lines) - 1 and verdicts[index - 1].rule in _LIST_LABEL_RULES
        and _listed_under_label(text, lines, index, under_item=verdicts[index - 1].rule == "list_under_label")
        and _listed_under_label(text, lines, index + 1, under_item=True)
    )


def _teaser_dek_or_byline(lines: list[Line], index: int) -> bool:
    """A teaser's headline, its standfirst ('In a county where the plant pays for the schools, …')
    and its byline: in a list of teasers, all three belong to the item, however they end."""
    line = lines[index].stripped
    if _names_an_author(line):
        return True
    bylined = (lines[index + step].stripped for step in (1, 2) if index + step < len(lines))
    return at_most_words(line, _TEASER_DEK_WORDS) and any(map(_names_an_author, bylined))


# The headline and standfirst stand at most two lines over their byline.
_BYLINE_UNDER_HEADLINE = 3


def _page_byline(lines: list[Line], index: int) -> bool:
    """The page's own byline, though a menu's last item stands above it: no article text above it,
    and two paragraphs under it past its date line, reading time and share buttons. A teaser's
    byline is followed by the next teaser; the same list at the foot has the article above it.
    The headline and standfirst over that byline are the page's too, not the menu's items."""
    if not _names_an_author(lines[index].stripped) or _article_above(lines, index):
        return False
    index += 1
    furniture_end = min(index + _FURNITURE_UNDER_BYLINE, len(lines))
    summary_passed = False  # one line of the outlet's summary may stand under the byline too
    while index < furniture_end:
        line = lines[index].stripped
        if not (at_most_words(line, _FURNITURE_WORDS) or DATE_LINE.match(line) or is_caption(line)):
            if summary_passed or not at_most_words(line, _TEASER_DEK_WORDS):
                break
            summary_passed = True
        index += 1
    return index + 1 < len(lines) and not any(at_most_words(line.stripped, _PARAGRAPH_WORDS) for line in lines[index : index + 2])


def _article_above(lines: list[Line], index: int) -> bool:
    """Two paragraphs in a row above the line: the article has begun (a standfirst stands alone)."""
    return any(
        not at_most_words(lines[at].stripped, _PARAGRAPH_WORDS) and not at_most_words(lines[at + 1].stripped, _PARAGRAPH_WORDS)
        for at in range(index - 1)
    )


_PARAGRAPH_WORDS = 20
# Between a byline and its article: the date, 'Lecture 4 min.', 'Share', 'Save', a comment count, a caption.
_FURNITURE_UNDER_BYLINE = 6
_FURNITURE_WORDS = 5


def _names_an_author(line: str) -> bool:
    """A byline whose name is capitalised: BYLINE ignores case, so a subheading ('By the numbers',
    'Por qué importa') would pass for one and take the paragraph above it along."""
    byline = BYLINE.match(line)
    return bool(byline and byline.group("names")[:1].isupper()) or byline_fields(line) is not None


_TEASER_DEK_WORDS = 40


def _between_kickers(lines: list[Line], index: int) -> bool:
    """'Opinion' / 'The court's quiet term is over. Here's what's coming.' / 'Opinion' / …: in a list
    whose every item sits under the same kicker, an item is a teaser however it ends."""
    kicker, line = lines[index - 1].stripped, lines[index].stripped
    return (
        index + 1 < len(lines) and lines[index + 1].stripped == kicker and at_most_words(kicker, 3)
        and at_most_words(line, _LIST_ITEM_WORDS)
    )


def _question_inside_story_list(text: str, lines: list[Line], index: int, under_item: bool) -> bool:
    """A headline's question mark ends a list item too, between two items, or between a story
    list's label ('More on this') and an item: a question right under any other label is the
    headline or the article's."""
    above = lines[index - 1].stripped
    return (
        (under_item or (len(above) <= _STORY_LIST_LABEL_CHARS and _STORY_LIST_LABEL.match(above) is not None))
        and index + 1 < len(lines) and not lines[index + 1].stripped.endswith("?")
        and _reads_as_list_item(text, lines[index], lines[index + 1])
    )


def _reads_as_list_item(text: str, above: Line, line: Line) -> bool:
    """Short, right under the line above, and not ending like a statement."""
    has_figure = any(map(str.isdigit, line.stripped))
    return (
        text.count("\n", above.end, line.start) == 1
        and " | " not in above.stripped
        and not BYLINE.match(line.stripped)
        and not (has_figure and DATE_LINE.match(line.stripped))
        and not line.stripped.endswith((".", "!", "…", *QUOTED_SENTENCE_ENDS))
        # 'Good morning and welcome to our coverage. Here are the latest developments:' opens prose.
        and not (line.stripped.endswith(":") and SENTENCE_INSIDE.search(line.stripped))
        and at_most_words(line.stripped, _LIST_ITEM_WORDS)
        and not (" | " in line.stripped and has_figure)
    )


# A sign-up form's button or field: what closes a newsletter box.
_SIGNUP_BUTTON = re.compile(
    r"^(?:sign up|subscribe|register|s'inscrire|inscrivez-vous|je m'inscris|anmelden|jetzt anmelden|abonnieren|suscríbete"
    r"|suscribirme|iscriviti|inscreva-se|cadastre-se|zapisz się|подписаться|підписатися|start (?:free )?trial"
    r"|(?:type|enter) your e-?mail(?: address)?(?:\.\.\.|…)?|(?:your )?e-?mail(?: address)?)\s*[!.»>]*$",
    _I,
)
_SIGNUP_WORDS = re.compile(r"newsletter|subscri|sign up|inscri|abonn|iscriv|suscr|рассылк|розсилк|подпи|підпи", _I)
_SIGNUP_BOX_LINE_WORDS = 30
_SIGNUP_BOX_LINES = 2


def _inside_signup_box(lines: list[Line], verdicts: list[_Verdict], index: int) -> bool:
    """A line or two describing a newsletter ('Every Thursday, the week on the coast.'), between
    the box's header or pitch (gone already) and its sign-up button or e-mail field."""
    if not at_most_words(lines[index].stripped, _SIGNUP_BOX_LINE_WORDS):
        return False
    button = next(
        (i for i in range(index + 1, min(index + 1 + _SIGNUP_BOX_LINES, len(lines))) if _SIGNUP_BUTTON.match(lines[i].stripped)),
        None,
    )
    if button is None or not all(at_most_words(line.stripped, _SIGNUP_BOX_LINE_WORDS) for line in lines[index:button]):
        return False
    return verdicts[index - 1].reason == "promo_block" or any(_SIGNUP_WORDS.search(line.stripped) for line in lines[max(index - 2, 0) : index])


def _inside_appeal_block(verdicts: list[_Verdict], lines: list[Line], index: int) -> bool:
    if verdicts[index].score < 1:
        return False
    before = verdicts[index - 1] if index > 0 else None
    after = verdicts[index + 1] if index + 1 < len(verdicts) else None
    # Under an appeal, a label with two appeal words of its own ('Free weekly newsletter') goes
    # on with it whatever follows; another line needs the line after to go on too.
    return bool(
        before and before.score >= THRESHOLD and before.reason == "promo_block"
        and (after is None or after.score >= 1 or (verdicts[index].score >= 2 and _is_label(lines[index].stripped)))
    )


_APPEAL_LABEL_WORDS = 5


def _is_label(stripped: str) -> bool:
    return at_most_words(stripped, _APPEAL_LABEL_WORDS) and not stripped.endswith(_SENTENCE_END)


_Found = list[tuple[int, int, int]]  # (literal index, start, end) of the cue literals in a line's lowered text


def _cues_found(lowered: str) -> _Found:
    """Every cue literal in the line, overlapping ones included."""
    return _CUE_FINDER.find_matches_as_indexes(lowered, overlapping=True)


def _lowered_in_place(text: str) -> str | None:
    """The text lower-cased, or None where that changes its length and so its offsets. A line's
    stretch of it is the line lower-cased alone: the spacing around a line is no letter, so even
    a sigma, whose form depends on its neighbours, lower-cases the same."""
    lowered = _lower(text)
    return lowered if len(lowered) == len(text) else None


_ASCII = bytes(range(128))


def _lower(text: str) -> str:
    """`text.lower()`. str.lower walks a text character by character through the Unicode tables
    once it holds one non-ASCII character (a curly quote will do); when none of its non-ASCII
    characters changes, only the ASCII letters do, and bytes.lower lowers those in one C loop
    (UTF-8 never puts an ASCII byte inside a character)."""
    if text.isascii():
        return text.lower()
    # 'surrogatepass': a lone surrogate (from bytes decoded with 'surrogateescape') has no case either.
    encoded = text.encode("utf-8", "surrogatepass")
    non_ascii = encoded.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    if non_ascii.lower() != non_ascii:
        return text.lower()
    return encoded.lower().decode("utf-8", "surrogatepass")


def _cues_found_per_line(lowered: str | None, lines: list[Line]) -> list[_Found | None]:
    """The cue literals in each line's lowered text, found in one pass over the whole lowered
    text (None: look in the line itself, the text's offsets being lost in `lowered`)."""
    if lowered is None:
        return [None] * len(lines)
    per_line: list[_Found | None] = [[] for _ in lines]
    starts = [line.start for line in lines]
    for literal, start, end in _cues_found(lowered):
        index = bisect_right(starts, start) - 1
        if index < 0:
            continue
        line = lines[index]
        # Where the stripped line starts: a literal running into the spacing around it is not in it.
        offset = line.start + _indent(line)
        if offset <= start and end <= offset + len(line.stripped):
            per_line[index].append((literal, start - offset, end - offset))
    return per_line


def _opens_a_long_lines_cue(found: _Found) -> bool:
    for literal, _, _ in found:
        if _OPENS_A_LONG_LINES_CUE[literal]:
            return True
    return False


def _indent(line: Line) -> int:
    """Spacing before the line's first character (most lines have none: no copy of them is made)."""
    return 0 if line.text[:1] == line.stripped[:1] else len(line.text) - len(line.text.lstrip())


def _word_openings(lowered: str, found: _Found | None = None) -> list[int]:
    """Where a word of the line opens one of the word cues (in order)."""
    if found is None:
        found = _cues_found(lowered)
    return sorted({
        start for literal, start, _ in found
        if "word" in _CUES_OPENED_BY[literal] and not (start and _is_word_character(lowered[start - 1]))
    })


def _is_word_character(character: str) -> bool:
    """What re's '\\w' matches."""
    return character.isalnum() or character == "_"


def _matches_at(pattern: re.Pattern, text: str, starts: list[int]) -> bool:
    """`pattern.search(text)`, for a pattern that can only match at one of `starts`."""
    # A plain loop: most lines have no opening, and any() would still build a generator for them.
    for start in starts:
        if pattern.match(text, start):
            return True
    return False


def _count_at(pattern: re.Pattern, text: str, starts: list[int]) -> int:
    """`len(pattern.findall(text))`, for a pattern that can only match (never empty) at one of `starts`."""
    count = free_from = 0
    for start in starts:
        if start >= free_from and (match := pattern.match(text, start)):
            count += 1
            free_from = match.end()
    return count


_NO_CUE = _Verdict("promo_block", "appeal_vocabulary", 0)


def _judge(line: Line, index: int, n_lines: int, found: _Found | None, lowered_text: str | None) -> _Verdict:
    stripped = line.stripped
    n_words = stripped.count(" ") + 1
    if found is not None and n_words > _SHORT_LINE_WORDS and _EDGE_ZONE + 2 <= index < n_lines - _EDGE_ZONE and not _opens_a_long_lines_cue(found):
        # Long, inside the text and without a cue's opening: only a related link's line can be one.
        if n_words <= _RELATED_LINE_WORDS and _is_related_line(stripped):
            return _Verdict("related_link", "related_line", THRESHOLD)
        return _NO_CUE
    if found is None:
        lowered = stripped.lower()
        found = _cues_found(lowered)
    else:
        offset = line.start + _indent(line)
        lowered = lowered_text[offset : offset + len(stripped)]
    cues = frozenset().union(*[_CUES_OPENED_BY[literal] for literal, _, _ in found]) if found else frozenset()
    if lowered.startswith(("editor", "author", "editorial")) and _EDITORS_NOTE.match(stripped):
        return _Verdict("editors_note", "left_to_structure", 0)
    if index >= n_lines - 2 and n_words <= 35 and _AUTHOR_BIO.match(stripped):
        return _Verdict("disclaimer", "author_bio", THRESHOLD)
    if n_words <= _SHORT_LINE_WORDS:
        if (
            _LABEL_LINE.match(lowered)
            or (_BREADCRUMB_SEPARATOR.search(stripped) and _BREADCRUMB.match(stripped))
            or _CONTROLS_LINE.match(lowered)
            or ((stripped[0] in _COMMENTS_HEADER_INITIALS or stripped[0].isdecimal()) and _COMMENTS_HEADER.match(stripped))
        ):
            return _Verdict("navigation", "label_line", THRESHOLD)
    if n_words <= _RELATED_LINE_WORDS and _is_related_line(stripped):
        return _Verdict("related_link", "related_line", THRESHOLD)
    interior = _EDGE_ZONE <= index < n_lines - _EDGE_ZONE
    if n_words <= 120 and "consent" in cues and _CONSENT.search(lowered):
        # Inside the text, a paragraph that quotes someone on cookies without addressing the
        # reader is the article's (a banner asks 'you').
        if not (interior and _QUOTE_MARK.search(stripped) and not _READER_VOICE.search(lowered)):
            return _Verdict("privacy_notice", "consent_banner", THRESHOLD)
    # 'By Jane Roe and John Doe' reads as a row of capitalised words too: the byline is left to structure.
    if (index < _EDGE_ZONE + 2 or index >= n_lines - _EDGE_ZONE) and _MENU_LINE.match(stripped) and not BYLINE.match(stripped):
        return _Verdict("navigation", "menu_line", THRESHOLD)
    openings = _word_openings(lowered, found) if "word" in cues else []
    if not ("copyright_sign" in cues or "copyright_phrase" in cues or "disclaimer_phrase" in cues or _matches_at(_TRIGGER, lowered, openings)):
        return _NO_CUE
    # A footer's notice may run on into the publisher's details ('© X Ltd, 2025. All rights
    # reserved. This website is published by …'): at the end, one that opens with the sign is longer.
    if (n_words <= 40 or (n_words <= _FOOTER_NOTICE_WORDS and index >= n_lines - _EDGE_ZONE and _COPYRIGHT_OPENING.match(lowered))) and (
        _COPYRIGHT_OPENING.match(lowered) or _matches_at(_COPYRIGHT_WORD, lowered, openings)
        or ("copyright_phrase" in cues and _COPYRIGHT_PHRASES.search(lowered))
        or ("copyright_sign" in cues and n_words <= _SHORT_LINE_WORDS and _SIGN_WITH_YEAR.search(lowered))
    ):
        return _Verdict("copyright", "copyright_notice", THRESHOLD)
    if n_words <= 80 and (
        _DISCLAIMER_OPENING.match(lowered) or _matches_at(_DISCLAIMER_WORD, lowered, openings)
        or ("disclaimer_phrase" in cues and _DISCLAIMER_PHRASES.search(lowered))
    ):
        return _Verdict("disclaimer", "disclaimer", THRESHOLD)
    if n_words <= 30 and (
        _matches_at(_PRIVACY_WORD, lowered, openings) or ("privacy_phrase" in cues and _PRIVACY_PHRASES.search(lowered))
    ):
        return _Verdict("privacy_notice", "privacy_cookie", THRESHOLD)
    strong = _count_at(_APPEAL_STRONG, lowered, openings)
    weak = _count_at(_APPEAL_WEAK, lowered, openings)
    if not strong and weak < 2:
        return _Verdict("promo_block", "appeal_vocabulary", min(weak, 1))
    score = 2 * strong + min(weak, 2)
    if n_words > 50 and (not strong or strong + weak < 2):
        # A long paragraph that names a subscription once is prose about one.
        score -= 1
    outlet_voice = bool(_OUTLET_VOICE.search(stripped))
    reader_voice = bool(_READER_VOICE.search(lowered) or _READER_IMPERATIVE.search(lowered))
    score += outlet_voice + reader_voice
    if interior and n_words >= _REPORTED_PROSE_WORDS and not (outlet_voice or reader_voice):
        # A paragraph inside the text that neither speaks as the outlet nor to the reader reports
        # on subscriptions or donations; an appeal asks.
        score -= 3
    if index < _EDGE_ZONE or index >= n_lines - _EDGE_ZONE:
        score += 1
    # Shouting adds a point and speech takes two away; either only matters to a score near the
    # thresholds (1 to continue an appeal block, THRESHOLD to go), so neither is looked for elsewhere.
    if -1 <= score < THRESHOLD + 2 and _shouts(stripped):
        score += 1
    # Quoted or reported speech is the article's, whatever words it uses.
    if 1 <= score < THRESHOLD + 2 and (((_QUOTE_MARK.search(stripped) or stripped[:1] in "–—") and _quotes_speech(stripped)) or _ATTRIBUTION.search(lowered)):
        score -= 2
    return _Verdict("promo_block", "appeal_vocabulary", score)


def _shouts(stripped: str) -> bool:
    # A fifth of the line in small vowels leaves capitals four fifths of its letters at most: prose
    # is told so by str.count in C, where filtering the letters walks the line character by character.
    if 5 * sum(map(stripped.count, "aeiou")) >= len(stripped):
        return False
    letters = list(filter(str.isalpha, stripped))
    return len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) > 0.8
