"""Scrapy settings of the project: the one home of configuration, each default documented here.

Project settings are named ``ANHP_*``; every one can be overridden with ``-s NAME=VALUE``.
"""

from anninhhaiphong import PROJECT_URL, __version__

BOT_NAME = "anninhhaiphong"
SPIDER_MODULES = ["anninhhaiphong.spiders"]
NEWSPIDER_MODULE = "anninhhaiphong.spiders"

# --- politeness ---------------------------------------------------------------------------------
USER_AGENT = f"anninhhaiphong/{__version__} (+{PROJECT_URL})"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5

# --- safety and bounds --------------------------------------------------------------------------
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19 would otherwise open a code-running HTTP port
TELNETCONSOLE_ENABLED = False
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # a page bigger than this (or a gzip bomb inflating past it) is refused
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
DOWNLOAD_FAIL_ON_DATALOSS = True  # a truncated body is a failure (retried), never half an article
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # a final failure is one WARNING from FailureAccountingMiddleware, not an ERROR
REDIRECT_MAX_TIMES = 5
DEPTH_PRIORITY = 0
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# Project settings (spider arguments of the same meaning win over them)
ANHP_SITE_HOSTS: list[str] = []  # extra hosts treated as the site (the --site host is added by the spider)
ANHP_LOOPBACK_ONLY = False  # refuse any request to a non-loopback address (tests set it)
ANHP_NAV_DEPTH = 4  # how many navigation pages deep in-site links are followed from a start page
ANHP_MAX_NAV_PAGES = 2000  # at most this many navigation (non-article) pages per crawl: traps end here
ANHP_RETRY_AFTER_MAX = 60.0  # longest Retry-After honoured, seconds
ANHP_RETRY_BACKOFF_BASE = 1.0  # retry waits: base * 2**(n-1) seconds ...
ANHP_RETRY_BACKOFF_MAX = 30.0  # ... capped here
ANHP_CHALLENGE_RETRY_TIMES = 2  # an empty or "checking your browser" page is retried this often
ANHP_CHALLENGE_RETRY_DELAY = 5.0
ANHP_DRIFT_THRESHOLD = 0.20  # layout-drift alarm: share of items from the fallback or missing a field
ANHP_DRIFT_MIN_ITEMS = 5
ANHP_DRIFT_REQUIRED_FIELDS = ["headline", "datePublished", "articleBody"]
ANHP_STATE_PATH = None  # SQLite state store; set by `anninhhaiphong crawl` (incremental), unset for `scrapy crawl`
ANHP_FULL = False  # with a state store: emit unchanged articles too
ANHP_REFRESH_DAYS = None  # with a state store: fetch known articles again after this many days
ANHP_GONE_DAYS = 7.0  # with a state store: an article the site answered 404/410 for is not asked again for this long
ANHP_SKIP_IDS: list[str] = []  # article IDs already written by an interrupted run being resumed
ANHP_SUMMARY_PATH = None  # where the run summary JSON goes (set by `anninhhaiphong crawl`)
ANHP_PROGRESS = "auto"  # live progress line on a terminal, periodic log line otherwise
ANHP_PROGRESS_INTERVAL = 60

DOWNLOADER_MIDDLEWARES = {
    "anninhhaiphong.middlewares.SiteGuardMiddleware": 40,
    "anninhhaiphong.middlewares.FailureAccountingMiddleware": 540,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "anninhhaiphong.middlewares.BackoffRetryMiddleware": 550,
    "anninhhaiphong.middlewares.ChallengeMiddleware": 560,
    "anninhhaiphong.middlewares.CharsetRepairMiddleware": 570,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "anninhhaiphong.middlewares.CompressionGuardMiddleware": 590,
    "anninhhaiphong.middlewares.RedirectLoopMiddleware": 610,
}
ITEM_PIPELINES = {
    "anninhhaiphong.pipelines.DedupPipeline": 100,
    "anninhhaiphong.pipelines.DateWindowPipeline": 200,
    "anninhhaiphong.pipelines.ValidationPipeline": 300,
    "anninhhaiphong.pipelines.IncrementalPipeline": 400,
    "anninhhaiphong.pipelines.MaxArticlesPipeline": 900,
}
EXTENSIONS = {
    "anninhhaiphong.drift.LayoutDriftMonitor": 500,
    "anninhhaiphong.runstats.RunStats": 510,
}

# --- output: the contract's JSON Lines, complete or absent ---------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {
    "jsonlines": "anninhhaiphong.exporters.ArticleJsonLinesExporter",
    "jsonl": "anninhhaiphong.exporters.ArticleJsonLinesExporter",
}
FEED_STORAGES = {
    "": "anninhhaiphong.exporters.AtomicFileFeedStorage",
    "file": "anninhhaiphong.exporters.AtomicFileFeedStorage",
}
FEED_EXPORT_BATCH_ITEM_COUNT = 0

LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
