"""Pure builders: event records -> folium map, Altair timeline. No Streamlit here."""
