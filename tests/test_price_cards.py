"""Listing cards inside the article go (rules/price_cards.py); a round-up's products, each over
its price and its description, and prices after a label stay."""

from cleaner import clean_text

_ROUNDUP = """Best kettles of 2026: our top picks tested
By Sam Reed
6 December 2026
We tested twelve kettles over three months, boiling more than 400 litres of water, to find the ones worth buying this winter.
Kelvo Pour
£49.99
The Kelvo Pour boiled a full litre in under three minutes and was the quietest kettle we tried, though its lid is a little stiff.
Mixa Pro 2
£39.99
The Mixa Pro 2 is the best value: it is light, easy to fill and has a clear water window on both sides.
Prices were checked on 5 December and may have changed since.
"""


def test_a_roundups_products_with_descriptions_stay():
    cleaned = clean_text(_ROUNDUP).text
    for line in ("Kelvo Pour\n\n£49.99\n\nThe Kelvo Pour", "Mixa Pro 2\n\n£39.99"):
        assert line in cleaned


def test_listing_cards_between_paragraphs_go():
    page = (_ROUNDUP.split("Kelvo Pour\n")[0] + "Most of the kettles we tried were made in the same two factories, and several share the same heating element.\n" + "Homes for sale in Leeds\nTwo-bed flat, Headingley\n£210,000\n"
            "Terraced house, Armley\n3 bedrooms · garden\n£185,000\nSee all homes\n"
            "The average asking price in the city rose by 4% this year, according to the property portal's figures.\n"
            "Agents say that first-time buyers have returned to the market since mortgage rates began to fall in the spring.\n")
    cleaned = clean_text(page).text
    assert "£210,000" not in cleaned and "Terraced house" not in cleaned and "See all homes" not in cleaned
    assert "The average asking price" in cleaned and "We tested twelve kettles" in cleaned
