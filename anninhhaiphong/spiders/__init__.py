"""The project's spiders: `articles` discovers and fetches every article of the site."""
