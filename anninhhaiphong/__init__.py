"""anninhhaiphong: a Scrapy crawler for the An ninh Hải Phòng website (anhp.vn), output as clean JSON Lines."""

__version__ = "0.1.0"
SCHEMA_VERSION = 1
PROJECT_URL = "https://github.com/anninhhaiphong/anninhhaiphong"
