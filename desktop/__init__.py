"""Evidence Desk (印证资料报送): evidence collection and submission for the rule-of-law assessment."""

__version__ = "0.1.0"
APP_NAME = "Evidence Desk"
APP_NAME_ZH = "印证资料报送"
