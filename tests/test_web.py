"""The web page (issue 7) in a real browser: Debian's headless chromium driven by Playwright, against a
real API and worker. Upload a real clip, watch it finish, see subtitles drawn for the current time,
seek from a chapter, the timeline and the keyboard, ask a question; and the media endpoint's key,
token and Range handling. Screenshots are saved to VIDSENSE_TEST_ARTIFACTS (default tests/artifacts/)."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect, sync_playwright

from api import media_token
from api.deps import key_id
from conftest import KEYS, REPO, media, start_service

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run"]
ARTIFACTS = Path(os.environ.get("VIDSENSE_TEST_ARTIFACTS", REPO / "tests" / "artifacts"))
CLIP = "video/jfk_bikes.mp4"  # 11 s: "And so my fellow Americans, ask not what your country can do for you..."
STEP_MS = 30_000  # the longest any single browser wait may take
JOB_MS = 240_000  # upload to done, on a busy 2-core machine
STATE: dict = {}  # the job the upload test made, reused by the tests after it


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    """API + worker (SQLite, Redis db 6); tiny.en keeps the job short."""
    svc = start_service(tmp_path_factory.mktemp("svc-web"), None, redis_db=6, asr_model="tiny.en")
    yield svc
    svc.stop_all()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (scripts/setup.sh test does it)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, timeout=60_000)
        yield b
        b.close()


@pytest.fixture
def page(browser, web):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, base_url=web.url)
    pg = context.new_page()
    pg.set_default_timeout(STEP_MS)
    errors: list[str] = []
    console: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: console.append(f"{msg.type}: {msg.text}") if msg.type in ("error", "warning") else None)
    yield pg
    context.close()
    assert not errors, f"uncaught errors in the page: {errors}\nconsole: {console}"


def shot(pg, name: str) -> None:
    pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def wait_seeked_to(pg, t: float, tolerance: float = 0.3) -> None:
    """The player is at t and has a decoded frame there (the range request was served)."""
    pg.wait_for_function(
        "([t, tol]) => { const v = document.getElementById('video');"
        " return Math.abs(v.currentTime - t) <= tol && !v.seeking && v.readyState >= 2; }",
        arg=[t, tolerance], timeout=STEP_MS)


def use_key(pg, key: str = KEYS[0]) -> None:
    pg.get_by_label("API key").fill(key)
    pg.get_by_role("button", name="Use key").click()


def test_page_is_served_with_its_files(web):
    with httpx.Client(base_url=web.url, timeout=10) as c:
        r = c.get("/")
        assert r.status_code == 200 and "text/html" in r.headers["content-type"]
        assert "default-src 'self'" in r.headers["content-security-policy"]
        for asset in ("static/css/style.css", "static/js/app.js", "static/js/player.js"):
            assert c.get(f"/{asset}").status_code == 200, asset
        assert c.get("/static/../app.py").status_code == 404
        assert "/" not in c.get("/openapi.json").json()["paths"]


@pytest.mark.timeout(420)
def test_upload_watch_subtitles_chapters_timeline(page, web):
    pg = page
    media_statuses: list[int] = []
    pg.on("response", lambda r: media_statuses.append(r.status) if "/media?token=" in r.url else None)
    pg.goto("/")
    shot(pg, "01-no-key")
    use_key(pg)
    pg.get_by_label("Video or audio file").set_input_files(str(media(CLIP)))
    pg.get_by_label("Spoken language").fill("en")
    pg.get_by_role("button", name="Upload").click()

    # The upload completes and the job's page opens with its live state.
    pg.wait_for_function("() => document.getElementById('upload-progress').value === 1")
    pg.wait_for_function("() => location.hash.startsWith('#/jobs/')")
    job_id = pg.evaluate("location.hash.split('/')[2]")
    STATE["job_id"] = job_id
    row = pg.locator(f"#queue li[data-job='{job_id}']")
    row.wait_for()
    expect(pg.locator("#job-title")).to_have_text(Path(CLIP).name)

    # The transcript grows while the job runs (the 11 s clip has two segments).
    pg.locator("#transcript li").first.wait_for(timeout=JOB_MS)
    shot(pg, "02-running")
    pg.wait_for_function("() => document.getElementById('job-badge').textContent === 'succeeded'", timeout=JOB_MS)
    expect(pg.locator("#job-status")).to_have_text("Done: 100%")
    assert pg.evaluate("document.getElementById('job-progress').value") == 1
    expect(row.locator(".badge")).to_have_text("succeeded")
    expect(row.locator(".pct")).to_have_text("100%")
    transcript = " ".join(pg.locator("#transcript li .text").all_inner_texts()).lower()
    assert "ask not what your country can do for you" in transcript, transcript
    # one voice: each segment is marked as said by speaker 1 (models.speakers)
    assert set(pg.locator("#transcript li .speaker").all_inner_texts()) == {"S1"}

    # Subtitles: the track is attached from a blob: URL; seek into a cue and see its text drawn.
    pg.wait_for_function("() => { const t = document.querySelector('#video track');"
                         " return t && t.src.startsWith('blob:') && t.track.cues && t.track.cues.length > 1; }")
    cues = pg.evaluate("[...document.querySelector('#video track').track.cues]"
                       ".map(c => ({start: c.startTime, end: c.endTime, text: c.text}))")
    cue = next(c for c in cues if "country" in c["text"].lower())
    middle = (cue["start"] + cue["end"]) / 2
    pg.evaluate("t => { document.getElementById('video').currentTime = t; }", middle)
    wait_seeked_to(pg, middle)
    caption = pg.locator("#caption")
    caption.wait_for(state="visible")
    pg.wait_for_function("t => document.getElementById('caption').textContent === t", arg=cue["text"])
    assert pg.locator("#transcript li.current .text").inner_text().strip()
    shot(pg, "03-done-subtitle")

    # A chapter link seeks the player (after moving away from its start first).
    chapters = pg.locator("#chapters li a.time")
    assert chapters.count() >= 1
    target = chapters.last
    start = float(target.get_attribute("data-seek"))
    pg.evaluate("t => { document.getElementById('video').currentTime = t; }", 10.0 if start < 5 else 0.5)
    wait_seeked_to(pg, 10.0 if start < 5 else 0.5)
    target.click()
    wait_seeked_to(pg, start)
    assert pg.evaluate("location.hash").endswith(f"?t={start:.2f}")

    # The keyboard: a focused chapter link seeks on Enter; the timeline is a slider.
    pg.evaluate("document.getElementById('video').currentTime = 7")
    wait_seeked_to(pg, 7)
    chapters.first.focus()
    pg.keyboard.press("Enter")
    wait_seeked_to(pg, float(chapters.first.get_attribute("data-seek")))
    timeline = pg.get_by_role("slider", name="Timeline: seek")
    timeline.focus()
    pg.keyboard.press("End")
    duration = pg.evaluate("document.getElementById('video').duration")
    wait_seeked_to(pg, duration, tolerance=0.5)
    pg.keyboard.press("Home")
    wait_seeked_to(pg, 0)

    # A click on the timeline seeks to that point of the video.
    box = timeline.bounding_box()
    pg.mouse.click(box["x"] + box["width"] * 0.5, box["y"] + box["height"] / 2)
    wait_seeked_to(pg, duration * 0.5, tolerance=0.3)
    assert 206 in media_statuses, media_statuses  # chromium fetched the video by ranges, with the token
    with web.client() as c:
        windows = c.get(f"/v1/jobs/{job_id}/timeline").json()["windows"]
    assert pg.locator("#timeline svg .tl-salience").count() == len(windows)
    shot(pg, "04-after-seeks")


def test_media_endpoint_key_token_and_ranges(web):
    job = {"id": STATE["job_id"]} if "job_id" in STATE else web.submit(media(CLIP))
    size = media(CLIP).stat().st_size
    path = f"/v1/jobs/{job['id']}/media"
    with web.client() as alice, web.client(KEYS[1]) as bob, web.client(key=None) as anon:
        full = alice.get(path)
        assert full.status_code == 200 and full.headers["content-type"] == "video/mp4"
        assert len(full.content) == size and full.content == media(CLIP).read_bytes()
        part = alice.get(path, headers={"Range": "bytes=1000-1999"})
        assert part.status_code == 206 and len(part.content) == 1000 and part.content == full.content[1000:2000]
        assert anon.get(path).status_code == 401
        assert bob.get(path).status_code == 404  # another key's job
        assert bob.post(f"/v1/jobs/{job['id']}/media-token").status_code == 404

        made = alice.post(f"/v1/jobs/{job['id']}/media-token").json()
        assert made["url"] == f"{path}?token={made['token']}"
        by_token = anon.get(made["url"], headers={"Range": "bytes=0-99"})
        assert by_token.status_code == 206 and by_token.content == full.content[:100]
        expires, _, signature = made["token"].partition(".")
        for bad in (f"{int(expires) + 1}.{signature}", f"{expires}.{signature[:-2]}AA", "1.x", "é", ""):
            assert anon.get(path, params={"token": bad}).status_code == 401, bad
        secret = media_token.owner_secret(key_id(KEYS[0]), ",".join(KEYS))
        expired, _ = media_token.issue(job["id"], secret, ttl_s=-1)
        assert anon.get(path, params={"token": expired}).status_code == 401
        assert anon.get(path, params={"token": media_token.issue(job["id"], secret, ttl_s=60)[0]}).status_code == 200
        other = web.submit(media(CLIP))
        assert anon.get(f"/v1/jobs/{other['id']}/media", params={"token": made["token"]}).status_code == 401
        # Tokens open the media endpoint only.
        assert anon.get(f"/v1/jobs/{job['id']}", params={"token": made["token"]}).status_code == 401
        assert anon.get(f"/v1/jobs/{job['id']}/subtitles.vtt", params={"token": made["token"]}).status_code == 401
    web.wait(job["id"], timeout=JOB_MS / 1000)  # (the other job may still run: nothing waits on it)


@pytest.mark.timeout(300)
def test_ask_links_to_the_moment(page, web):
    job_id = STATE.get("job_id")
    if not job_id:  # the upload test did not run or failed before making a job
        job_id = web.submit(media(CLIP))["id"]
    assert web.wait(job_id, timeout=JOB_MS / 1000)["status"] == "succeeded"
    pg = page
    pg.goto(f"/#/jobs/{job_id}")
    use_key(pg)
    pg.wait_for_function("() => document.getElementById('job-badge').textContent === 'succeeded'")
    pg.get_by_label("Ask a question about this video").fill("What should you ask for your country?")
    pg.get_by_role("button", name="Ask", exact=True).click()
    moment = pg.locator("#answer a.answer-moment")
    try:
        moment.wait_for(timeout=STEP_MS)
    except Exception:
        shot(pg, "05-ask-failed")
        raise AssertionError(f"no answer with a timestamp: {pg.locator('#answer').inner_text()!r}")
    assert pg.locator("#answer .answer-text").inner_text().strip()
    start = float(moment.get_attribute("data-seek"))
    assert 0 <= start < 11
    pg.evaluate("t => { document.getElementById('video').currentTime = t; }", 10.5 if start < 5 else 0.2)
    moment.click()
    wait_seeked_to(pg, start)
    shot(pg, "05-ask")
    # the next question goes with the turn before it, so that "right before that" can refer to it
    pg.get_by_label("Ask a question about this video").fill("What does he say right before that?")
    with pg.expect_request(lambda r: r.url.endswith("/ask") and r.method == "POST", timeout=STEP_MS) as sent:
        pg.get_by_role("button", name="Ask", exact=True).click()
    previous = sent.value.post_data_json["previous"]
    # (the link's data-seek is the start to the hundredth: 4.64 for a start of 4.643)
    assert previous["question"] == "What should you ask for your country?" and abs(previous["start"] - start) < 0.01, \
        previous
    pg.locator("#answer .answer-text").wait_for(timeout=STEP_MS)


def test_missing_summary_and_ask_say_not_available(page, web):
    """A server without the summary and ask endpoints (404): the page says so and keeps working.
    Also the narrow layout (one column)."""
    job_id = STATE.get("job_id") or web.submit(media(CLIP))["id"]
    assert web.wait(job_id, timeout=JOB_MS / 1000)["status"] == "succeeded"
    pg = page
    pg.set_viewport_size({"width": 760, "height": 1000})
    not_found = {"status": 404, "json": {"error": {"message": "Not Found"}}}
    pg.route("**/summary", lambda route: route.fulfill(**not_found))
    pg.route("**/ask", lambda route: route.fulfill(**not_found))
    pg.goto(f"/#/jobs/{job_id}")
    use_key(pg)
    expect(pg.locator("#summary")).to_have_text("A summary is not available for this video.")
    pg.get_by_label("Ask a question about this video").fill("Who speaks?")
    pg.get_by_label("Ask a question about this video").press("Enter")
    expect(pg.locator("#answer")).to_have_text("Question answering is not available on this server.")
    expect(pg.locator("#chapters li").first).to_be_visible()
    shot(pg, "06-narrow-not-available")
