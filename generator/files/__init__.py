"""Every download that is not a page: vCards, open data, the .docx forms."""
