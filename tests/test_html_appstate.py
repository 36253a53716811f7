"""A page whose visible HTML holds a teaser or a skeleton gives the body its application state
(`<script type="application/json">`, Next.js's __NEXT_DATA__) holds, found by shape: prose
strings or typed text blocks, never labels, ids, captions, embeds or related teasers."""

from __future__ import annotations

import json

from cleaner.html import read_html

TITLE = "Fernwärme wird um 18 Prozent teurer"
PARAGRAPHS = [
    "Die Stadtwerke erhöhen zum 1. Februar die Preise für Fernwärme um durchschnittlich 18 Prozent, teilte der Versorger am Donnerstag mit.",
    "Betroffen sind rund 24.000 Haushalte im Stadtgebiet, vor allem in den Großwohnsiedlungen im Norden der Stadt.",
    "Die Opposition im Stadtrat forderte einen Sozialtarif für Haushalte mit geringem Einkommen und kündigte einen Antrag an.",
]
RELATED = "Das Hallenbad Süd öffnet ab Januar auch sonntags, und der Eintritt bleibt für alle Besucher gleich."


def _page(state: object, visible: str = "<p>Die Stadtwerke erhöhen die Preise.</p>") -> str:
    return (
        f'<html lang="de"><head><title>{TITLE} | Stadtanzeiger</title></head><body><div id="__next">'
        f'<nav><a href="/">Start</a><a href="/lokales">Lokales</a></nav><article><h1>{TITLE}</h1>{visible}</article></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script></body></html>'
    )


def _body(html: str) -> list[str]:
    return read_html(html, "page.html").text.splitlines()[1:]


def test_typed_blocks_without_media_embeds_ads_or_related():
    blocks = [
        {"type": "paragraph", "text": PARAGRAPHS[0]},
        {"type": "image", "caption": "Das Heizkraftwerk Nord versorgt den größten Teil der Stadt mit Wärme.", "url": "/i.jpg"},
        {"type": "paragraph", "text": PARAGRAPHS[1]},
        {"type": "embed", "html": "<blockquote class='twitter-tweet'><p>Schon wieder teurer, wer soll das alles bezahlen?</p></blockquote>"},
        {"type": "RelatedArticles", "items": [{"text": RELATED}]},
        {"type": "paragraph", "text": PARAGRAPHS[2]},
    ]
    state = {"props": {"pageProps": {
        "navigation": [{"label": "Start", "href": "/"}, {"label": "Lokales", "href": "/lokales"}],
        "article": {"id": "8f2a91", "headline": TITLE, "body": blocks},
        "related": [{"headline": "Hallenbad öffnet sonntags", "teaser": RELATED}],
    }}}
    assert _body(_page(state)) == PARAGRAPHS


def test_html_string_and_rich_text_runs():
    html_body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    assert _body(_page({"props": {"pageProps": {"story": {"title": TITLE, "content": html_body}}}})) == PARAGRAPHS
    runs = [{"_type": "block", "children": [{"_type": "span", "text": p[:41], "marks": []}, {"_type": "span", "text": p[41:], "marks": ["strong"]}]} for p in PARAGRAPHS]
    assert _body(_page({"props": {"pageProps": {"post": {"title": TITLE, "body": runs}}}})) == PARAGRAPHS


def test_a_link_node_among_a_paragraphs_runs_stays_in_its_paragraph():
    """Contentful's "hyperlink", Slate's and Lexical's "link": a node of runs among the runs of one
    paragraph, not a paragraph of its own ("Betroffen sind" / "rund 24.000 Haushalte" / "im ...")."""
    head, linked, tail = "Betroffen sind ", "rund 24.000 Haushalte", PARAGRAPHS[1][len("Betroffen sind rund 24.000 Haushalte"):]
    contentful = {"nodeType": "document", "content": [
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": PARAGRAPHS[0]}]},
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": head},
                                              {"nodeType": "hyperlink", "data": {"uri": "/x"}, "content": [{"nodeType": "text", "value": linked}]},
                                              {"nodeType": "text", "value": tail}]},
        {"nodeType": "paragraph", "content": [{"nodeType": "text", "value": PARAGRAPHS[2]}]}]}
    slate = [{"type": "paragraph", "children": [{"text": PARAGRAPHS[0]}]},
             {"type": "paragraph", "children": [{"text": head}, {"type": "link", "url": "/x", "children": [{"text": linked}]}, {"text": tail}]},
             {"type": "paragraph", "children": [{"text": PARAGRAPHS[2]}]}]
    for body in (contentful, slate):
        assert _body(_page({"props": {"pageProps": {"article": {"title": TITLE, "body": body}}}})) == PARAGRAPHS


def test_editorjs_blocks_keep_their_text_under_data():
    blocks = {"blocks": [{"type": "paragraph", "data": {"text": PARAGRAPHS[0]}},
                         {"type": "image", "data": {"caption": "Das Heizkraftwerk Nord versorgt den größten Teil der Stadt mit Wärme."}},
                         {"type": "paragraph", "data": {"text": PARAGRAPHS[1]}},
                         {"type": "list", "data": {"style": "unordered", "items": ["Grundpreis steigt um 9 Euro.", "Arbeitspreis steigt um 2 Cent."]}},
                         {"type": "paragraph", "data": {"text": PARAGRAPHS[2]}}]}
    assert _body(_page({"props": {"pageProps": {"article": {"title": TITLE, "content": blocks}}}})) == [
        PARAGRAPHS[0], PARAGRAPHS[1], "Grundpreis steigt um 9 Euro.", "Arbeitspreis steigt um 2 Cent.", PARAGRAPHS[2]]


def test_a_quote_blocks_speaker_follows_its_text():
    """Editor.js's {"type": "quote", "data": {"text", "caption"}}, Arc's quote of nested
    content_elements and a "citation": the speaker is a line under the quote, as a <cite> is."""
    quote, speaker = "Viele Menschen können unter der Woche einfach nicht kommen.", "Stadtwerke-Chefin Ruth Bell"
    editorjs = {"blocks": [{"type": "paragraph", "data": {"text": PARAGRAPHS[0]}},
                           {"type": "quote", "data": {"text": quote, "caption": speaker, "alignment": "left"}},
                           {"type": "paragraph", "data": {"text": PARAGRAPHS[1]}},
                           {"type": "paragraph", "data": {"text": PARAGRAPHS[2]}}]}
    arc = [{"type": "text", "content": PARAGRAPHS[0]},
           {"type": "quote", "subtype": "pullquote", "content_elements": [{"type": "text", "content": quote}],
            "citation": {"type": "text", "content": speaker}},
           {"type": "text", "content": PARAGRAPHS[1]}, {"type": "text", "content": PARAGRAPHS[2]}]
    for body in (editorjs, arc):
        assert _body(_page({"props": {"pageProps": {"article": {"title": TITLE, "content": body}}}})) == [
            PARAGRAPHS[0], quote, speaker, PARAGRAPHS[1], PARAGRAPHS[2]]


def test_the_article_beside_the_headline_beats_a_longer_related_story():
    other = [RELATED] * 4
    state = {"article": {"headline": TITLE, "body": [{"type": "text", "text": p} for p in PARAGRAPHS]},
             "more": {"headline": "Anderes Thema", "body": [{"type": "text", "text": p} for p in other]}}
    assert _body(_page(state)) == PARAGRAPHS


def test_a_page_that_shows_its_article_or_a_state_of_labels_keeps_its_blocks():
    visible = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    state = {"article": {"headline": TITLE, "body": [{"type": "text", "text": p} for p in PARAGRAPHS[:2]]}}
    assert _body(_page(state, visible)) == PARAGRAPHS
    labels = ["Start", "/start", "Lokales", "/lokales", "abc123", "https://x.example/y.jpg"] * 20
    teaser = _body(_page(labels + [RELATED]))
    assert teaser == ["Die Stadtwerke erhöhen die Preise."]


def test_comments_and_story_lists_are_never_the_body():
    comments = [{"id": i, "author": "reader", "text": p} for i, p in enumerate(PARAGRAPHS * 3)]
    more = [{"headline": "Anderes Thema", "text": p} for p in PARAGRAPHS * 3]
    for state in ({"article": {"headline": TITLE, "comments": comments}}, {"page": {"moreStories": more}}):
        assert _body(_page(state)) == ["Die Stadtwerke erhöhen die Preise."]


def test_a_state_assigned_in_an_inline_script():
    state = {"article": {"headline": TITLE, "body": [{"type": "text", "text": p} for p in PARAGRAPHS]}}
    script = f"window.__INITIAL_STATE__ = {json.dumps(state, ensure_ascii=False)};"
    page = _page({}).replace('<script id="__NEXT_DATA__" type="application/json">{}</script>', f"<script>{script}</script>")
    assert _body(page) == PARAGRAPHS
    broken = script.replace('"article"', "article: f(), x")  # JavaScript beyond literals: not read
    assert _body(page.replace(script, broken)) == ["Die Stadtwerke erhöhen die Preise."]


def test_a_markdown_body_loses_its_marks():
    markdown = f"## Was Mieter tun können\n\n![Heizkraftwerk](/i.jpg)\n\n{PARAGRAPHS[0]}\n\n**{PARAGRAPHS[1][:30]}**{PARAGRAPHS[1][30:]}\n\n> {PARAGRAPHS[2]}"
    markdown = markdown.replace("Stadtwerke", "[Stadtwerke](https://stadtwerke.example)", 1)
    assert _body(_page({"props": {"pageProps": {"post": {"title": TITLE, "body": markdown}}}})) == ["Was Mieter tun können"] + PARAGRAPHS


def _flat(value: object) -> list:
    """`value` as Nuxt 3 writes its payload (devalue): one array of items, objects and arrays
    holding indexes into it, the root wrapped in a reactivity marker."""
    items: list = [["ShallowReactive", 1]]

    def add(item: object) -> int:
        index = len(items)
        items.append(None)
        if isinstance(item, dict):
            items[index] = {key: add(child) for key, child in item.items()}
        elif isinstance(item, list):
            items[index] = [add(child) for child in item]
        else:
            items[index] = item
        return index

    add(value)
    return items


def test_a_nuxt_payload_is_read_as_the_value_it_flattens():
    blocks = [{"type": "paragraph", "text": p} for p in PARAGRAPHS]
    blocks.insert(1, {"type": "image", "caption": "Das Heizkraftwerk Nord versorgt den größten Teil der Stadt mit Wärme."})
    payload = _flat({"data": {"article-fernwaerme": {"id": 4821, "title": TITLE, "blocks": blocks}}, "serverRendered": True})
    page = _page({}).replace('<script id="__NEXT_DATA__" type="application/json">{}</script>',
                             f'<script type="application/json" id="__NUXT_DATA__">{json.dumps(payload, ensure_ascii=False)}</script>')
    assert _body(page) == PARAGRAPHS


def test_a_state_parsed_from_a_string_and_an_app_router_stream():
    state = {"article": {"headline": TITLE, "html": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}}
    literal = json.dumps(json.dumps(state, ensure_ascii=False), ensure_ascii=False)
    single = "'" + json.dumps(state, ensure_ascii=False).replace("\\", "\\\\").replace("'", "\\'") + "'"
    empty = '<script id="__NEXT_DATA__" type="application/json">{}</script>'
    for quoted in (literal, single):
        assert _body(_page({}).replace(empty, f"<script>window.__APOLLO_STATE__ = JSON.parse({quoted});</script>")) == PARAGRAPHS
    # App Router: rows "id:value" split over several pushes; the body a raw text row "id:T<hex bytes>,"
    html_body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    rows = f'1:I["7",[],""]\n2:T{len(html_body.encode()):x},{html_body}3:["$","article",null,{{"title":"{TITLE}","body":"$2"}}]\n'
    pushes = "".join(f"<script>self.__next_f.push([1,{json.dumps(part)}])</script>" for part in (rows[:150], rows[150:]))
    assert _body(_page({}).replace(empty, pushes)) == PARAGRAPHS


NUXT2 = (
    "window.__NUXT__=(function(a,b,c){return {layout:\"default\",data:[{article:{title:%s,"
    "blocks:[{type:a,text:%s},{type:\"image\",caption:\"Das Heizkraftwerk Nord versorgt die halbe Stadt mit Wärme.\"},"
    "{type:a,text:%s},{type:a,text:%s}],premium:b}}],error:c,serverRendered:!0,tracking:void 0}}(\"paragraph\",false,null));"
)


def _nuxt2_page(script: str) -> str:
    return _page({}).replace('<script id="__NEXT_DATA__" type="application/json">{}</script>', f"<script>{script}</script>")


def test_a_nuxt2_state_written_as_a_called_function():
    """Nuxt 2 writes its state as JavaScript: bare keys, values shared through the called
    function's parameters, `!0` and `void 0`; the strings escape "<" and "/" as \\u003C, \\u002F."""
    strings = [json.dumps(TITLE, ensure_ascii=False)] + [json.dumps(p, ensure_ascii=False) for p in PARAGRAPHS]
    script = NUXT2 % tuple(strings)
    assert _body(_nuxt2_page(script)) == PARAGRAPHS
    html = '"\\u003Cp\\u003E' + PARAGRAPHS[1].replace("/", "\\u002F") + '\\u003C\\u002Fp\\u003E"'
    assert _body(_nuxt2_page(NUXT2 % (strings[0], strings[1], html, strings[3]))) == PARAGRAPHS
    # the call written the other way round, "(function(a){...})(args)"
    assert _body(_nuxt2_page(script.replace("}}(\"paragraph\"", "}})(\"paragraph\""))) == PARAGRAPHS


def test_a_script_that_is_more_than_literals_is_not_read():
    strings = [json.dumps(TITLE, ensure_ascii=False)] + [json.dumps(p, ensure_ascii=False) for p in PARAGRAPHS]
    script = NUXT2 % tuple(strings)
    for broken in (script.replace("premium:b", "premium:b+1"), script.replace("error:c", "error:d"),
                   script.replace("return {", "x();return {")):
        assert _body(_nuxt2_page(broken)) == ["Die Stadtwerke erhöhen die Preise."]


def test_js_literals():
    from cleaner.html.jsliteral import called_function_value, js_string

    assert js_string("'l\\'eau \\x41'") == "l'eau A"
    assert js_string('"\\u003Cp\\u003E"') == "<p>"
    assert js_string('"open') == ""
    value = called_function_value("=function(a,b){return {'k':[a,b,1.5e2,-3,\"x\",void 0,!1,new Date(\"2026-12-05\")]}}(null,true)", 0)
    assert value == {"k": [None, True, 150.0, -3, "x", None, False, "2026-12-05"]}


def test_a_state_assigned_in_a_later_statement_of_a_module_script():
    """Arc XP's Fusion pages set their globals up first and assign the story in a later statement,
    in a script typed application/javascript; what follows the object is the script's."""
    state = {"type": "story", "headlines": {"basic": TITLE}, "content_elements": [{"type": "text", "content": p} for p in PARAGRAPHS]}
    script = f'window.Fusion=window.Fusion||{{}};Fusion.arcSite="x";Fusion.globalContent={json.dumps(state, ensure_ascii=False)};Fusion.spa=false;'
    for kind in ("application/javascript", "text/javascript", "module"):
        page = _page({}).replace('<script id="__NEXT_DATA__" type="application/json">{}</script>', f'<script type="{kind}">{script}</script>')
        assert _body(page) == PARAGRAPHS, kind


def test_a_fetched_response_body_kept_as_json_text_is_read_as_its_value():
    """SvelteKit caches what its server fetched as `<script type="application/json"
    data-sveltekit-fetched>{"status": 200, "body": "<the response's JSON as text>"}`: the article
    comes out of the decoded body, without the JSON's keys and quotes around it."""
    story = {"id": 88123, "title": TITLE, "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS), "tags": ["Energie"]}
    fetched = json.dumps({"status": 200, "statusText": "", "headers": {}, "body": json.dumps(story, ensure_ascii=False)}, ensure_ascii=False)
    page = (f'<html lang="de"><head><title>{TITLE} | Stadtanzeiger</title></head><body><main><h1>{TITLE}</h1>'
            f'<p>Wird geladen …</p></main><script type="application/json" data-sveltekit-fetched '
            f'data-url="/api/story/88123">{fetched}</script></body></html>')
    body = [line for line in _body(page) if line]
    assert body == PARAGRAPHS


def test_an_article_objects_lead_beside_its_body_string_opens_the_body():
    """The standfirst a state keeps beside the body string ({"lead": ..., "content": "<p>..."})
    opens the body (appstate._with_lead); a "description" that is the first paragraph cut short
    is not said twice."""
    lead = "Der Versorger begründet den Schritt mit den gestiegenen Einkaufspreisen für Erdgas."
    cut = PARAGRAPHS[0][:60] + "…"
    for extra, first in (({"lead": lead}, lead), ({"description": cut}, PARAGRAPHS[0])):
        story = {"id": 88123, "title": TITLE, **extra, "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
        fetched = json.dumps({"status": 200, "body": json.dumps(story, ensure_ascii=False)}, ensure_ascii=False)
        page = (f'<html lang="de"><head><title>{TITLE} | Stadtanzeiger</title></head><body><main><h1>{TITLE}</h1>'
                f'<p>Wird geladen …</p></main><script type="application/json" data-sveltekit-fetched '
                f'data-url="/api/story/88123">{fetched}</script></body></html>')
        body = [line for line in _body(page) if line]
        assert body[0] == first and body[-len(PARAGRAPHS):] == PARAGRAPHS, (extra, body)
        assert len(body) == len(PARAGRAPHS) + (first == lead)


def test_a_state_written_as_an_object_literal_with_bare_keys():
    """A serialiser with no shared values to pass writes the state as a plain object literal
    (`window.__NUXT__={layout:"default",data:[...]}`, a later statement's too): JavaScript, not
    JSON, read as the literal it is; the Czech "perex" beside the body string opens it. Before,
    the page kept its loading shell ("Die Stadtwerke erhöhen die Preise." alone)."""
    perex = "Der Versorger begründet den Schritt mit den gestiegenen Einkaufspreisen für Erdgas."
    content = json.dumps("".join(f"<p>{p}</p>" for p in PARAGRAPHS), ensure_ascii=False)
    state = (f'{{layout:"default",data:[{{article:{{id:5521,title:{json.dumps(TITLE, ensure_ascii=False)},'
             f"perex:{json.dumps(perex, ensure_ascii=False)},body:{content},tags:['Energie'],premium:!1}}}}],"
             f"error:null,serverRendered:true,routePath:'/lokales/fernwaerme'}}")
    for script in (f"window.__NUXT__={state};", f'window.dataLayer=window.dataLayer||[];window.__STATE__ = {state}'):
        assert _body(_nuxt2_page(script)) == [perex, *PARAGRAPHS], script[:30]
    # a script that is more than literals stays unread
    assert _body(_nuxt2_page(f"window.__NUXT__={state.replace('premium:!1', 'premium:f()')};")) == ["Die Stadtwerke erhöhen die Preise."]


def test_an_object_literal_reads_as_its_value():
    from cleaner.html.jsliteral import literal_value

    assert literal_value("x={a:'l\\'eau',b:[1,!0,void 0],'c d':{e:null}}", 2) == {"a": "l'eau", "b": [1, True, None], "c d": {"e": None}}
    assert literal_value("x={a:b}", 2) is None and literal_value("x={a:1", 2) is None


def test_a_subtitle_key_opens_the_body_without_a_full_stop():
    """A state's "subtitle" (and "dek", "standfirst", "perex"...: app_dek_keys) names the
    standfirst itself, which often ends without a full stop as the page's own subtitle line does;
    a "description" or "summary" must still be a sentence (it may be any text)."""
    dek = "Der Versorger begründet den Schritt mit den gestiegenen Einkaufspreisen für Erdgas"
    for key, kept in (("subtitle", True), ("dek", True), ("description", False), ("summary", False)):
        story = {"id": 88123, "title": TITLE, key: dek, "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
        script = f"window.__INITIAL_STATE__ = {json.dumps({'story': story}, ensure_ascii=False)};"
        assert _body(_nuxt2_page(script)) == [dek] * kept + PARAGRAPHS, key
    story = {"id": 88123, "title": TITLE, "subtitle": "Preise steigen", "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
    assert _body(_nuxt2_page(f"window.__S__ = {json.dumps(story, ensure_ascii=False)};")) == PARAGRAPHS  # a label-sized line is not


def test_an_article_objects_lead_beside_its_block_list_opens_the_body():
    """The standfirst beside a body of typed blocks ({"summary": ..., "body": [{"type":
    "paragraph", ...}]}, a Remix loader's story) opens it too, as beside a body string."""
    lead = "Der Versorger begründet den Schritt mit den gestiegenen Einkaufspreisen für Erdgas."
    story = {"id": "n-1", "headline": TITLE, "summary": lead, "body": [{"type": "paragraph", "text": p} for p in PARAGRAPHS]}
    script = f"window.__remixContext = {json.dumps({'state': {'loaderData': {'route': {'story': story}}}}, ensure_ascii=False)};"
    assert _body(_nuxt2_page(script)) == [lead, *PARAGRAPHS]
