<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>BarometerView</name>
    <message>
        <location filename="../../src/gui/barometer/BarometerView.cpp" line="+164"/>
        <location line="+8"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Données en CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Données en XLSX…</source>
        <translation>Data as XLSX…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Part par catégorie</source>
        <translation>Share by category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Par taille de commune</source>
        <translation>By city size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maturité par catégorie</source>
        <translation>Maturity by category</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Déclarées et détectées</source>
        <translation>Declared and detected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projets de chaque commune du baromètre ; cliquez sur un titre de colonne pour trier.</source>
        <translation>Projects of each city in the barometer; click a column header to sort.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Par commune</source>
        <translation>By city</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Aucune étude ouverte — Fichier › Ouvrir une étude…</source>
        <translation>No study open — File › Open study…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Aucun projet de baromètre dans cette étude — Fichier › Importer…</source>
        <translation>No barometer projects in this study — File › Import…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>étude %1, %2 projets</source>
        <translation>study %1, %2 projects</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 projet</source>
        <translation>1 project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 projets</source>
        <translation>%1 projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sans commune connue</source>
        <translation>no known city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dans 1 commune</source>
        <translation>in 1 city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dans %1 communes</source>
        <translation>in %1 cities</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dont %1 sans commune connue</source>
        <translation>of which %1 have no known city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secteurs détectés par le dictionnaire %1</source>
        <translation>sectors detected by the dictionary %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pas de dictionnaire : secteurs non détectés</source>
        <translation>no dictionary: sectors not detected</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le baromètre n&apos;a pas pu être calculé : %1</source>
        <translation>The barometer could not be computed: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(sans catégorie)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(non renseignée)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <location line="+24"/>
        <location line="+1"/>
        <location line="+49"/>
        <location line="+1"/>
        <location line="+51"/>
        <location line="+1"/>
        <source>Catégorie déclarée</source>
        <translation>Declared category</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+22"/>
        <location line="+74"/>
        <location line="+1"/>
        <location line="+51"/>
        <location line="+1"/>
        <location line="+69"/>
        <location line="+32"/>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location line="-250"/>
        <location line="+219"/>
        <location line="+31"/>
        <source>Part des projets</source>
        <translation>Share of projects</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>IC 95 % bas</source>
        <translation>95% CI low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IC 95 % haut</source>
        <translation>95% CI high</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 projets sur %2 ; intervalle de confiance à 95 % (Wilson) : %3 – %4</source>
        <translation>%1 of %2 projects; 95% confidence interval (Wilson): %3 – %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+68"/>
        <location line="+41"/>
        <location line="+69"/>
        <source>Ensemble</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>Part des projets
(IC à 95 %)</source>
        <translation>Share of projects
(95% CI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part des projets de l&apos;étude, et entre parenthèses l&apos;intervalle de confiance à 95 % (Wilson) : où se trouve la part si les projets sont un échantillon</source>
        <translation>Share of the study&apos;s projects, with the 95% confidence interval (Wilson) in brackets: where the share lies if the projects are a sample</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Taille inconnue</source>
        <translation>Unknown size</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 des projets de la ligne (%2 sur %3)</source>
        <translation>%1 of the row&apos;s projects (%2 of %3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> : projets</source>
        <translation>: projects</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> : part</source>
        <translation>: share</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 projets sur %2 au stade « %3 »</source>
        <translation>%1 of %2 projects at the ‘%3’ stage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cette étude n&apos;a pas de dictionnaire de secteurs : les projets n&apos;ont pas été classés.</source>
        <translation>This study has no sector dictionary: the projects have not been classified.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pour chaque catégorie déclarée, le nombre de ses projets que le dictionnaire place dans chaque secteur (plus la case est foncée, plus la part de la catégorie est grande). Un projet compte dans chaque secteur dont il parle : une ligne peut dépasser le total de la catégorie.</source>
        <translation>For each declared category, the number of its projects that the dictionary places in each sector (the darker the cell, the larger the share of the category). A project counts in every sector it talks about: a row can exceed the category total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catégories déclarées et secteurs détectés</source>
        <translation>Declared categories and detected sectors</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Aucun secteur</source>
        <translation>No sector</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 des %2 projets « %3 » (%4) : %5</source>
        <translation>%1 of the %2 ‘%3’ projects (%4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>secteur « %1 »</source>
        <translation>sector ‘%1’</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>aucun secteur détecté</source>
        <translation>no sector detected</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Projets que le dictionnaire place dans le secteur « %1 »</source>
        <translation>Projects that the dictionary places in the sector ‘%1’</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projets dont le texte ne mentionne aucun secteur du dictionnaire</source>
        <translation>Projects whose text mentions no sector in the dictionary</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Projets par commune</source>
        <translation>Projects by city</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>Commune</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Taille de commune</source>
        <translation>City size</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Catégorie principale</source>
        <translation>Main category</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Projets de la catégorie principale</source>
        <translation>Projects in the main category</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Code INSEE %1</source>
        <translation>INSEE code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 projets)</source>
        <translation>%1 (%2 projects)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../src/gui/common/ChartView.cpp" line="+82"/>
        <location line="+92"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Image PNG…</source>
        <translation>PNG image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image vectorielle SVG…</source>
        <translation>SVG vector image…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document PDF…</source>
        <translation>PDF document…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Données en CSV…</source>
        <translation>Data as CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Données en XLSX…</source>
        <translation>Data as XLSX…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier l&apos;image</source>
        <translation>Copy image</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>format inconnu : %1</source>
        <translation>unknown format: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../src/gui/concordance/ConcordanceModel.cpp" line="+147"/>
        <source>Requête impossible : %1</source>
        <translation>Cannot run the query: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La recherche a échoué : %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+6"/>
        <source>programme n° %1</source>
        <translation>programme no. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&lt;p&gt;Thème : %1 — terme « %2 »&lt;/p&gt;</source>
        <translation>&lt;p&gt;Theme: %1 — term ‘%2’&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;i&gt;Double-clic : ouvrir le programme à cet endroit.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Double-click: open the programme at this point.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Liste — candidat</source>
        <translation>List — candidate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le terme du dictionnaire qui a reconnu l&apos;occurrence</source>
        <translation>The dictionary term that matched the occurrence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contexte gauche</source>
        <translation>Left context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occurrence</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexte droit</source>
        <translation>Right context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terme</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme n°</source>
        <translation>Programme no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code INSEE</source>
        <translation>INSEE code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>ConcordanceView</name>
    <message>
        <location filename="../../ui/ConcordanceView.ui" line="+29"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mot ou expression</source>
        <translation>Word or phrase</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>ex. données ouvertes, connect*</source>
        <translation>e.g. données ouvertes, connect*</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Comme un terme du dictionnaire : majuscules, accents, pluriels et élisions ne comptent pas ; un * en fin de mot cherche un début de mot (connect* : connectée, connectivité…).</source>
        <translation>Works like a dictionary term: capitals, accents, plurals and elisions are ignored; a * at the end of a word matches any word beginning with it (connect*: connectée, connectivité…).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>&lt;b&gt;Chercher&lt;/b&gt;</source>
        <translation>&lt;b&gt;Search&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+99"/>
        <source> caractères</source>
        <translation> characters</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Longueur du contexte de chaque côté de l&apos;occurrence.</source>
        <translation>Length of the context on each side of the occurrence.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>ordre des documents</source>
        <translation>document order</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contexte gauche</source>
        <translation>left context</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contexte droit</source>
        <translation>right context</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Le contexte gauche se trie par le mot le plus proche de l&apos;occurrence, puis le suivant vers la gauche ; majuscules, accents et ponctuation ne comptent pas.</source>
        <translation>The left context is sorted by the word closest to the occurrence, then the next one to the left; capitals, accents and punctuation are ignored.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Trier par</source>
        <translation>Sort by</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/concordance/ConcordanceView.cpp" line="+57"/>
        <source>Ouvrir le programme à cet endroit</source>
        <translation>Open the programme at this point</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copier les lignes</source>
        <translation>Copy rows</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Aucune étude ouverte.</source>
        <translation>No study open.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choisissez un thème ou tapez un mot, puis « Rechercher ».</source>
        <translation>Choose a theme or type a word, then ‘Search’.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tapez un mot ou une expression, puis « Rechercher ».</source>
        <translation>Type a word or phrase, then ‘Search’.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 (%2 programmes)</source>
        <translation>%1 (%2 programmes)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groupes indisponibles : %1</source>
        <translation>Groups unavailable: %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>L&apos;étude n&apos;a pas encore de dictionnaire : cherchez un mot ou une expression.</source>
        <translation>The study has no dictionary yet: search for a word or phrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tapez un mot ou une expression.</source>
        <translation>Type a word or phrase.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aucun groupe à choisir pour ce regroupement.</source>
        <translation>No groups to choose from for this grouping.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Impossible de lire l&apos;étude : %1</source>
        <translation>Cannot read the study: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recherche en cours…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+10"/>
        <source>Recherche annulée.</source>
        <translation>Search cancelled.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Aucune occurrence.</source>
        <translation>No occurrences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 occurrence</source>
        <translation>%1 occurrence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 occurrences</source>
        <translation>%1 occurrences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 programme</source>
        <translation>%1 programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 programmes</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 dans %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1 : %2</source>
        <translation> — %1: %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>concordance-%1.csv</source>
        <translation>concordance-%1.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>requete</source>
        <translation>query</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Exporter la concordance</source>
        <translation>Export concordance</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/gui/dashboard/DashboardView.cpp" line="+52"/>
        <source>&lt;b&gt;Regrouper par&lt;/b&gt;</source>
        <translation>&lt;b&gt;Group by&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Mesure&lt;/b&gt;</source>
        <translation>&lt;b&gt;Measure&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part des programmes</source>
        <translation>Share of programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentions pour 10 000 mots</source>
        <translation>Mentions per 10,000 words</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Correction par la validation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Correction by the validation&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrige chaque part des erreurs du dictionnaire mesurées sur un échantillon de programmes codés à la main (vue Validation).</source>
        <translation>Corrects each share for the dictionary&apos;s errors measured on a sample of programmes coded by hand (Validation view).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Thèmes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Themes&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Cochez au moins un thème.</source>
        <translation>Tick at least one theme.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>étude %1, %2 programmes</source>
        <translation>study %1, %2 programmes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mentions pour 10 000 mots — %1</source>
        <translation>Mentions per 10,000 words — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part des programmes qui mentionnent chaque thème — %1</source>
        <translation>Share of programmes mentioning each theme — %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correction de Rogan et Gladen : part corrigée = (part + spécificité − 1) / (sensibilité + spécificité − 1). Son intervalle à 95 % porte l&apos;incertitude de la part et celle des deux mesures (méthode delta ; docs/statistics.md).</source>
        <translation>Rogan and Gladen&apos;s correction: corrected share = (share + specificity − 1) / (sensitivity + specificity − 1). Its 95 % interval carries the uncertainty of the share and of both measures (delta method; docs/statistics.md).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+45"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+48"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="-44"/>
        <source> : programmes</source>
        <translation>: programmes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> : part</source>
        <translation>: share</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> : IC bas</source>
        <translation>: CI low</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> : IC haut</source>
        <translation>: CI high</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> : mentions pour 10 000 mots</source>
        <translation>: mentions per 10,000 words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> : part corrigée</source>
        <translation>: corrected share</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> : part corrigée, IC bas</source>
        <translation>: corrected share, CI low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> : part corrigée, IC haut</source>
        <translation>: corrected share, CI high</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+113"/>
        <source>Ensemble</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Listes</source>
        <translation>Lists</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listes avec un document
part (IC à 95 %)</source>
        <translation>Lists with a document
share (95 % CI)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
programmes · part (IC à 95 %)</source>
        <translation>
programmes · share (95% CI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
programmes · part (IC à 95 %)
→ part corrigée (IC à 95 %)</source>
        <translation>
programmes · share (95 % CI)
→ corrected share (95 % CI)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 listes sur %2 ont au moins un document dans l&apos;étude ; intervalle de confiance à 95 % (Wilson) : %3 – %4</source>
        <translation>%1 of %2 lists have at least one document in the study; 95 % confidence interval (Wilson): %3 – %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 programmes sur %2 mentionnent ce thème ; intervalle de confiance à 95 % (Wilson) : %3 – %4 ; %5 mentions pour 10 000 mots</source>
        <translation>%1 of %2 programmes mention this theme; 95% confidence interval (Wilson): %3 – %4; %5 mentions per 10,000 words</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Part corrigée des erreurs mesurées du dictionnaire : %1 (IC à 95 % : %2 – %3).</source>
        <translation>Share corrected for the dictionary&apos;s measured errors: %1 (95 % CI: %2 – %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pas de part corrigée.</source>
        <translation>No corrected share.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Sans correction</source>
        <translation>No correction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — « %2 », %3 programmes</source>
        <translation>%1 — “%2”, %3 programmes</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Parts non corrigées : aucune validation dans l&apos;étude. Une validation (vue Validation, échantillon de programmes entiers) mesure les erreurs du dictionnaire et permet de les corriger.</source>
        <translation>Shares not corrected: the study has no validation. A validation (Validation view, a sample of whole programmes) measures the dictionary&apos;s errors so that they can be corrected.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts non corrigées : l&apos;échantillon de programmes entiers n&apos;est pas encore codé (vue Validation).</source>
        <translation>Shares not corrected: the sample of whole programmes is not coded yet (Validation view).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts non corrigées : une part de programmes se corrige avec un échantillon de programmes entiers tirés parmi tous les programmes. Les échantillons de l&apos;étude sont des paragraphes ou ne couvrent que les programmes repérés (ou non repérés) : ils mesurent le dictionnaire, sans pouvoir corriger ces parts.</source>
        <translation>Shares not corrected: a share of programmes is corrected with a sample of whole programmes drawn from all of them. The study&apos;s samples are of paragraphs, or cover only the tagged (or untagged) programmes: they measure the dictionary but cannot correct these shares.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts non corrigées (choisissez une validation à gauche).</source>
        <translation>Shares not corrected (choose a validation on the left).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction : mesure du dictionnaire en cours…</source>
        <translation>Correction: measuring the dictionary…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2 et %3)</source>
        <translation>%1 (%2 and %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 : sensibilité %2, spécificité %3</source>
        <translation>%1: sensitivity %2, specificity %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;→ Parts corrigées&lt;/b&gt; des erreurs du dictionnaire mesurées sur « %1 » contre les codes de %2 (%3 programmes). La même correction vaut pour chaque groupe : elle suppose que le dictionnaire se trompe autant dans tous.</source>
        <translation>&lt;b&gt;→ Shares corrected&lt;/b&gt; for the dictionary&apos;s errors measured on “%1” against the codes of %2 (%3 programmes). The same correction serves every group: it assumes the dictionary errs as much in each.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> &lt;span style=&apos;color:#a04000&apos;&gt;Codes fictifs : la correction n&apos;illustre que la méthode.&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#a04000&apos;&gt;Invented codes: the correction only shows the method.&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Non corrigés, trop peu de programmes codés (il en faut %1 où le codeur trouve le thème et %1 où il ne le trouve pas ; entre parenthèses, ce qu&apos;il y a) : %2.</source>
        <translation>Not corrected, too few programmes coded (%1 are needed where the coder finds the theme and %1 where not; in brackets, what there is): %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Non corrigés, le dictionnaire les distingue à peine (sensibilité + spécificité − 1 ≤ 0,1) : %1.</source>
        <translation>Not corrected, the dictionary barely tells them apart (sensitivity + specificity − 1 ≤ 0.1): %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hors de la grille de codage, non corrigés : %1.</source>
        <translation>Outside the coding frame, not corrected: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aucun groupe : pas de test de différence.</source>
        <translation>No group: no test of difference.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un seul groupe : pas de test de différence.</source>
        <translation>Only one group: no test of difference.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Test de différence entre les groupes : calcul en cours…</source>
        <translation>Test of difference between groups: computing…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>khi-deux</source>
        <translation>chi-square</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fisher exact</source>
        <translation>Fisher&apos;s exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fisher (Monte Carlo)</source>
        <translation>Fisher (Monte Carlo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pas de test</source>
        <translation>no test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; : %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> &lt;span style=&apos;color:#a04000&apos;&gt;(effectifs attendus &amp;lt; 5)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:#a04000&apos;&gt;(expected counts &amp;lt; 5)&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Différence entre les groupes — </source>
        <translation>Difference between groups — </translation>
    </message>
    <message>
        <location line="+0"/>
        <source> ; </source>
        <comment>separator between tests</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>DictionaryEditor</name>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryEditor.cpp" line="+127"/>
        <source>règle « %1 » : %2</source>
        <translation>rule “%1”: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>importer un dictionnaire</source>
        <translation>import a dictionary</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>ajouter le thème « %1 »</source>
        <translation>add the theme “%1”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>supprimer le thème « %1 »</source>
        <translation>remove the theme “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>renommer le thème</source>
        <translation>rename the theme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renommer le thème en anglais</source>
        <translation>rename the theme in English</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changer la couleur du thème</source>
        <translation>change the theme&apos;s colour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>décrire le thème</source>
        <translation>describe the theme</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ajouter le terme « %1 »</source>
        <translation>add the term “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>supprimer le terme « %1 »</source>
        <translation>remove the term “%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>modifier le terme « %1 »</source>
        <translation>edit the term “%1”</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+39"/>
        <source>La fenêtre d&apos;une exclusion va de 0 à %1 mots.</source>
        <translation>An exclusion&apos;s window is 0 to %1 words.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>ajouter l&apos;exclusion « %1 »</source>
        <translation>add the exclusion “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>supprimer l&apos;exclusion « %1 »</source>
        <translation>remove the exclusion “%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>modifier l&apos;exclusion « %1 »</source>
        <translation>edit the exclusion “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Une règle doit avoir un nom.</source>
        <translation>A rule needs a name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« %1 » est déjà le nom d&apos;une règle du thème « %2 » : chaque règle a le sien.</source>
        <translation>“%1” already names a rule of the theme “%2”: each rule needs its own name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La règle « %1 » doit avoir au moins un terme.</source>
        <translation>The rule “%1” needs at least one term.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La règle « %1 » doit avoir au moins un mot de contexte.</source>
        <translation>The rule “%1” needs at least one context word.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La fenêtre de la règle « %1 » va de 1 à %2 mots.</source>
        <translation>The window of the rule “%1” is 1 to %2 words.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Règle « %1 » : « %2 » ne contient aucun mot.</source>
        <translation>Rule “%1”: “%2” holds no word.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Règle « %1 » : « %2 » ne peut pas être à la fois exact et par racine.</source>
        <translation>Rule “%1”: “%2” cannot be both exact and by stem.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Règle « %1 » : la fenêtre de « %2 » va de 0 à %3 mots.</source>
        <translation>Rule “%1”: the window of “%2” is 0 to %3 words.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ajouter la règle « %1 »</source>
        <translation>add the rule “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>supprimer la règle « %1 »</source>
        <translation>remove the rule “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>modifier la règle « %1 »</source>
        <translation>edit the rule “%1”</translation>
    </message>
</context>
<context>
    <name>DictionaryTrial</name>
    <message>
        <location filename="../../ui/DictionaryTrial.ui" line="+36"/>
        <source>Collez ici un texte (un extrait de programme) : chaque terme trouvé par le dictionnaire tel qu&apos;il est modifié est surligné de la couleur de son thème.</source>
        <translation>Paste a text here (an extract of a programme): every term the dictionary as edited finds is highlighted in its theme&apos;s colour.</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryTrial.cpp" line="+82"/>
        <source>Le dictionnaire a un problème (voir en haut) : rien n&apos;est cherché.</source>
        <translation>The dictionary has a problem (see above): nothing is looked for.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Termes trouvés : collez un texte à gauche.</source>
        <translation>Terms found: paste a text on the left.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>« %1 » (règle « %2 ») — %3</source>
        <translation>“%1” (rule “%2”) — %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>« %1 » — %2</source>
        <translation>“%1” — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>« %1 » (terme « %2 ») — %3</source>
        <translation>“%1” (term “%2”) — %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 mot</source>
        <translation>%1 word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucun terme trouvé dans ce texte (%1).</source>
        <translation>No term found in this text (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 terme trouvé dans %1 :</source>
        <translation>1 term found in %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 termes trouvés dans %2 :</source>
        <translation>%1 terms found in %2:</translation>
    </message>
</context>
<context>
    <name>DictionaryView</name>
    <message>
        <location filename="../../ui/DictionaryView.ui" line="+79"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="+104"/>
        <source>Annuler</source>
        <comment>undo</comment>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rétablir</source>
        <comment>redo</comment>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Annuler : %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rétablir : %1</source>
        <translation>Redo: %1</translation>
    </message>
    <message>
        <location filename="../../ui/DictionaryView.ui" line="+7"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplacer le dictionnaire modifié par un fichier (JSON, docs/dictionary.md)</source>
        <translation>Replace the edited dictionary with a file (JSON, docs/dictionary.md)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Écrire le dictionnaire tel qu&apos;il est modifié dans un fichier JSON</source>
        <translation>Write the dictionary as edited to a JSON file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enregistrer et réétiqueter…</source>
        <translation>Save and retag…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistre une nouvelle version du dictionnaire dans l&apos;étude et réétiquette tous les programmes et projets avec elle</source>
        <translation>Stores a new version of the dictionary in the study and retags every programme and project with it</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter un thème au premier niveau</source>
        <translation>Add a top-level theme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sous-thème</source>
        <translation>Sub-theme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter un sous-thème au thème choisi</source>
        <translation>Add a sub-theme to the chosen theme</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+323"/>
        <location line="+119"/>
        <source>Supprimer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Supprimer le thème choisi, avec ses sous-thèmes</source>
        <translation>Remove the chosen theme with its sub-themes</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Ajouter :</source>
        <translation>Add:</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Couleur :</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Identifiant :</source>
        <translation>Id:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Libellé :</source>
        <translation>Label:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Libellé anglais :</source>
        <translation>English label:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Description :</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="+234"/>
        <source>Termes</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Nouveau terme (mot, expression, « connect* » pour un préfixe)</source>
        <translation>New term (word, phrase, “connect*” for a prefix)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+211"/>
        <location line="+119"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Supprimer le terme</source>
        <translation>Remove the term</translation>
    </message>
    <message>
        <location line="+197"/>
        <location line="+119"/>
        <source>Nouvelle exclusion (« par le RER »)</source>
        <translation>New exclusion (“par le RER”)</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+119"/>
        <source> mots</source>
        <translation> words</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+119"/>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="+50"/>
        <source>recouvrement seul</source>
        <translation>overlap only</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+119"/>
        <source>0 : annule seulement ce qu&apos;elle recouvre ; n : aussi à n mots ou moins, dans la même phrase</source>
        <translation>0: cancels only what it overlaps; n: also within n words, in the same sentence</translation>
    </message>
    <message>
        <location line="-180"/>
        <location line="+119"/>
        <source>Supprimer l&apos;exclusion choisie</source>
        <translation>Remove the chosen exclusion</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+119"/>
        <source>Annule à moins de :</source>
        <translation>Cancels within:</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Exclusions du terme</source>
        <translation>The term&apos;s exclusions</translation>
    </message>
    <message>
        <location line="-138"/>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="-48"/>
        <source>Règles</source>
        <translation>Rules</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Double-cliquer sur les termes, le contexte ou « sauf si » pour modifier les mots de la règle</source>
        <translation>Double-click the terms, the context or “unless” to edit the rule’s words</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Nouvelle règle…</source>
        <translation>New rule…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajouter au thème une règle : des termes qui comptent seulement près d&apos;un mot de contexte</source>
        <translation>Add a rule to the theme: terms that count only near a context word</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Modifier les mots de la règle choisie</source>
        <translation>Edit the words of the chosen rule</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Supprimer la règle</source>
        <translation>Remove the rule</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>Exclusions de tout le thème</source>
        <translation>Exclusions of the whole theme</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Double-cliquer pour lire le programme à cet endroit</source>
        <translation>Double-click to read the programme at this place</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="+49"/>
        <source>Occurrences du terme</source>
        <translation>The term&apos;s hits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Essayer sur un texte</source>
        <translation>Try on a text</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="-108"/>
        <source>Le dictionnaire de l&apos;étude ne peut pas être lu : %1</source>
        <translation>The study&apos;s dictionary cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryViewStudy.cpp" line="+42"/>
        <source>Comptage des occurrences…</source>
        <translation>Counting hits…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Comptage des occurrences… %1 / %2 programmes</source>
        <translation>Counting hits… %1 / %2 programmes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Occurrences non comptées : %1</source>
        <translation>Hits not counted: %1</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="+104"/>
        <source>Exclusions du terme « %1 »</source>
        <translation>Exclusions of the term “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusions du terme (choisir un terme)</source>
        <translation>The term&apos;s exclusions (choose a term)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choisir un terme pour voir ses occurrences dans les programmes de l&apos;étude.</source>
        <translation>Choose a term to see its hits in the study&apos;s programmes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Occurrences de « %1 » : comptage en cours…</source>
        <translation>Hits of “%1”: counting…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 occurrence</source>
        <translation>%1 hit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 occurrences</source>
        <translation>%1 hits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 programme</source>
        <translation>%1 programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 programmes</source>
        <translation>%1 programmes</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>Modification refusée : %1</source>
        <translation>Edit refused: %1</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Termes (%1)</source>
        <translation>Terms (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Règles (%1)</source>
        <translation>Rules (%1)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sauf si, pour « %1 »</source>
        <translation>Unless, for “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauf si, pour la règle (choisir une règle)</source>
        <translation>The rule&apos;s “unless” (choose a rule)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisir une règle pour lire ce qu&apos;elle compte, et près de quoi.</source>
        <translation>Choose a rule to read what it counts, and near what.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>celle de la règle</source>
        <translation>the rule&apos;s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Occurrences de la règle</source>
        <translation>The rule&apos;s hits</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choisir une règle pour voir ses occurrences dans les programmes de l&apos;étude.</source>
        <translation>Choose a rule to see its hits in the study&apos;s programmes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Occurrences de la règle « %1 » : comptage en cours…</source>
        <translation>Hits of the rule “%1”: counting…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 : %2 dans %3 — le dictionnaire tel qu&apos;il est modifié, sur les %4 programmes de l&apos;étude</source>
        <translation>%1: %2 in %3 — the dictionary as edited, over the study&apos;s %4 programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Règle « %1 »</source>
        <translation>Rule “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dictionnaire %1, version %2 : %3 thèmes, %4 termes, %5 règles, %6 exclusions</source>
        <translation>Dictionary %1, version %2: %3 themes, %4 terms, %5 rules, %6 exclusions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — modifié, non enregistré</source>
        <translation> — edited, not saved</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ce dictionnaire ne peut pas être enregistré tel quel : %1</source>
        <translation>This dictionary cannot be saved as it is: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nouveau sous-thème</source>
        <translation>New sub-theme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nouveau thème</source>
        <translation>New theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libellé du thème :</source>
        <translation>The theme&apos;s label:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Couleur du thème</source>
        <translation>The theme&apos;s colour</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryViewStudy.cpp" line="+21"/>
        <source>Enregistrer le dictionnaire</source>
        <translation>Save the dictionary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom de la nouvelle version (il figure sous chaque graphique et dans chaque export) :</source>
        <translation>Name of the new version (shown under every chart and in every export):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dictionnaire non enregistré</source>
        <translation>Dictionary not saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Un enregistrement est déjà en cours.</source>
        <translation>A save is already running.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La version doit avoir un nom.</source>
        <translation>The version needs a name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;étude a déjà une version « %1 » du dictionnaire, avec un autre contenu : choisissez un autre nom.</source>
        <translation>The study already has a version “%1” of the dictionary with other content: choose another name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Impossible de lire l&apos;étude : %1</source>
        <translation>Cannot read the study: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>en attente d&apos;un autre programme qui écrit dans l&apos;étude (%1 s)</source>
        <translation>waiting for another program writing to the study (%1 s)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+3"/>
        <source>Réétiquetage annulé : l&apos;étude n&apos;a pas changé.</source>
        <translation>Retagging cancelled: the study has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Le dictionnaire n&apos;a pas été enregistré, l&apos;étude n&apos;a pas changé : %1</source>
        <translation>The dictionary was not saved, the study has not changed: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dictionnaire « %1 » enregistré ; l&apos;étude est réétiquetée.</source>
        <translation>Dictionary “%1” saved; the study is retagged.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (%2) : %3 catégories, %4 entrées lues, %5 termes créés, %6 entrées non importées.</source>
        <translation>%1 (%2): %3 categories, %4 entries read, %5 terms made, %6 entries not imported.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>non importé : %1</source>
        <translation>not imported: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>modifié : %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ligne %1, non importé : %2</source>
        <translation>line %1, not imported: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ligne %1, modifié : %2</source>
        <translation>line %1, changed: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 n&apos;est pas un dictionnaire lisible : %2</source>
        <translation>%1 is not a readable dictionary: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Impossible d&apos;écrire %1 : %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importer un dictionnaire</source>
        <translation>Import a dictionary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dictionnaires (*.json *.dic *.dicx *.cat *.CAT *.lc3 *.yml *.yaml *.qdc);;Dictionnaires Vigie (*.json);;LIWC (*.dic *.dicx);;WordStat (*.cat *.CAT);;Lexicoder (*.lc3);;quanteda (*.yml *.yaml);;Livre de codes REFI-QDA (*.qdc);;Tous les fichiers (*)</source>
        <translation>Dictionaries (*.json *.dic *.dicx *.cat *.CAT *.lc3 *.yml *.yaml *.qdc);;Vigie dictionaries (*.json);;LIWC (*.dic *.dicx);;WordStat (*.cat *.CAT);;Lexicoder (*.lc3);;quanteda (*.yml *.yaml);;REFI-QDA codebook (*.qdc);;All files (*)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Dictionnaires Vigie (*.json);;LIWC (*.dic);;quanteda (*.yml);;Livre de codes REFI-QDA (*.qdc)</source>
        <translation>Vigie dictionaries (*.json);;LIWC (*.dic);;quanteda (*.yml);;REFI-QDA codebook (*.qdc)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Dictionnaire non importé</source>
        <translation>Dictionary not imported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dictionnaire importé</source>
        <translation>Dictionary imported</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les catégories sont devenues des thèmes, les entrées des termes. Vérifiez-les, puis enregistrez pour réétiqueter l&apos;étude (Annuler défait l&apos;import).</source>
        <translation>The categories became themes, the entries terms. Check them, then save to retag the study (Undo takes the import back).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… et %n autre(s) ligne(s) (Montrer les détails)</source>
        <translation>
            <numerusform>… and %n more line (Show Details)</numerusform>
            <numerusform>… and %n more lines (Show Details)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporter le dictionnaire</source>
        <translation>Export the dictionary</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dictionnaire exporté</source>
        <translation>Dictionary exported</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 est écrit. Ce format ne peut pas tout dire : %n élément(s) du dictionnaire n&apos;y sont pas, ou pas tels quels.</source>
        <translation>
            <numerusform>%1 is written. This format cannot say everything: %n item of the dictionary is not in it, or not as it is.</numerusform>
            <numerusform>%1 is written. This format cannot say everything: %n items of the dictionary are not in it, or not as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n terme(s) : un livre de codes n&apos;a pas de mots, ils sont nommés dans la description de leur code</source>
        <translation>
            <numerusform>%n term: a codebook has no words; it is named in its code&apos;s description</numerusform>
            <numerusform>%n terms: a codebook has no words; they are named in their codes&apos; descriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n règle(s) laissée(s) de côté</source>
        <translation>
            <numerusform>%n rule left out</numerusform>
            <numerusform>%n rules left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n exclusion(s) laissée(s) de côté</source>
        <translation>
            <numerusform>%n exclusion left out</numerusform>
            <numerusform>%n exclusions left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n terme(s) qui trouvent aussi leur pluriel, écrits tels quels</source>
        <translation>
            <numerusform>%n term that also finds its plural, written as listed</numerusform>
            <numerusform>%n terms that also find their plural, written as listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n terme(s) exacts ou par racine, écrits comme des mots simples</source>
        <translation>
            <numerusform>%n exact or stem term, written as a plain word</numerusform>
            <numerusform>%n exact or stem terms, written as plain words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n autre(s) différence(s) de forme</source>
        <translation>
            <numerusform>%n other difference of layout</numerusform>
            <numerusform>%n other differences of layout</numerusform>
        </translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Dictionnaire non exporté</source>
        <translation>Dictionary not exported</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryView.cpp" line="+16"/>
        <source>Réétiquetage en cours</source>
        <translation>Retagging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le dictionnaire est en cours d&apos;enregistrement. Attendez la fin ou annulez-le.</source>
        <translation>The dictionary is being saved. Wait for the end or cancel it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modifications du dictionnaire</source>
        <translation>Dictionary edits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le dictionnaire a des modifications non enregistrées. Les abandonner ?</source>
        <translation>The dictionary has unsaved edits. Discard them?</translation>
    </message>
</context>
<context>
    <name>EntryConcordance</name>
    <message>
        <location filename="../../src/gui/dictionary/EntryConcordance.cpp" line="+95"/>
        <source>Occurrences non lues : %1</source>
        <translation>Hits not read: %1</translation>
    </message>
</context>
<context>
    <name>ExclusionsModel</name>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryModels.cpp" line="+504"/>
        <source>recouvrement</source>
        <translation>overlap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>celle de la règle</source>
        <translation>the rule&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mot</source>
        <translation>1 word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>0 : la fenêtre de la règle ; n : la phrase annule la règle à n mots ou moins de son terme</source>
        <translation>0: the rule&apos;s window; n: the phrase cancels the rule within n words of its term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 : la phrase annule le terme seulement si elle le recouvre ; n : aussi à n mots ou moins, dans la même phrase</source>
        <translation>0: the phrase cancels the term only when it overlaps it; n: also within n words, in the same sentence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Où la phrase doit se trouver pour annuler : avant le terme, après lui, ou des deux côtés</source>
        <translation>Where the phrase must stand to cancel: before the term, after it, or on either side</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Expression qui annule</source>
        <translation>Phrase that cancels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fenêtre</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Côté</source>
        <translation>Side</translation>
    </message>
</context>
<context>
    <name>FolderWatcher</name>
    <message>
        <location filename="../../src/gui/window/FolderWatcher.cpp" line="+52"/>
        <source>Dossier à surveiller</source>
        <translation>Folder to watch</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Arrêter la surveillance de « %1 »</source>
        <translation>Stop watching “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveillance de « %1 » : en attente de documents</source>
        <translation>Watching “%1”: waiting for documents</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 a changé : son nouveau texte est importé, l&apos;ancien reste dans l&apos;étude</source>
        <translation>%1 changed: its new text is imported, the earlier one stays in the study</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 a été retiré du dossier ; son programme reste dans l&apos;étude</source>
        <translation>%1 was removed from the folder; its programme stays in the study</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Surveiller un dossier…</source>
        <translation>Watch a folder…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 importé à %2</source>
        <translation>%1 imported at %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents importés à %2</source>
        <translation>%1 documents imported at %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Surveillance de « %1 » : %2 importés</source>
        <translation>Watching “%1”: %2 imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ; dernier : %1</source>
        <translation>; last: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ; %1 à voir (survolez)</source>
        <translation>; %1 to look at (hover)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Surveillance arrêtée : %1</source>
        <translation>Watch stopped: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/ImportDialog.ui" line="+23"/>
        <source>Importer des programmes ou des projets</source>
        <translation>Import programmes or projects</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choisissez des programmes (fichiers ou dossier), un manifeste qui les décrit, ou une liste de projets de baromètre. Vous pouvez aussi les déposer dans cette fenêtre.</source>
        <translation>Choose programmes (files or a folder), a manifest describing them, or a list of barometer projects. You can also drop them onto this window.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fichiers…</source>
        <translation>Files…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dossier…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manifeste CSV/JSON…</source>
        <translation>CSV/JSON manifest…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Projets de baromètre (CSV/JSON)…</source>
        <translation>Barometer projects (CSV/JSON)…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retirer les sources sélectionnées de l&apos;import</source>
        <translation>Remove the selected sources from the import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Relire</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relire les sources, après avoir corrigé un manifeste par exemple (ce qui a été saisi ou choisi dans l&apos;aperçu est perdu)</source>
        <translation>Reload the sources, for example after correcting a manifest (anything entered or chosen in the preview is lost)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Noms de fichiers :</source>
        <translation>File names:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>les noms MN26-… des professions de foi sont lus d&apos;office ; sinon, par exemple {insee}-{panel}-tour{round}</source>
        <translation>the MN26-… names of the professions de foi are always read; otherwise, for example {insee}-{panel}-tour{round}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce que le nom d&apos;un document dit de lui : {insee}, {department}, {panel}, {round}, {year}, {candidate}, {kind}, {*} (docs/formats.md, « Noms de fichiers »). Chaque document est rattaché à sa liste par sa commune, son numéro de panneau et son tour.</source>
        <translation>What a document&apos;s name says about it: {insee}, {department}, {panel}, {round}, {year}, {candidate}, {kind}, {*} (docs/formats.md, “File names”). Each document is joined to its list by its commune, panel number and round.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OCR :</source>
        <translation>OCR:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reconnaissance de caractères (Tesseract, français) des pages de PDF qui sont des images du texte : tracts exportés en image, pages numérisées (docs/formats.md, « Scanned pages »).</source>
        <translation>Optical character recognition (Tesseract, French) of PDF pages that are pictures of their text: leaflets exported as images, scanned pages (docs/formats.md, “Scanned pages”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pages sans texte</source>
        <translation>pages without text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>toutes les pages</source>
        <translation>every page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Garder ces programmes</source>
        <translation>Keep these programmes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuler tout l&apos;import</source>
        <translation>Undo the whole import</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Déposez ici des programmes, un dossier, un manifeste, un fichier des candidats
ou une liste de projets, ou choisissez-les avec les boutons ci-dessus.</source>
        <translation>Drop programmes, a folder, a manifest, a candidate file
or a projects list here, or choose them with the buttons above.</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+159"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-149"/>
        <location filename="../../src/gui/import/ImportDialog.cpp" line="+481"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Annuler l&apos;import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../src/gui/import/ImportDialog.cpp" line="-299"/>
        <source>Programmes à importer</source>
        <translation>Programmes to import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dossier de programmes</source>
        <translation>Programme folder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manifeste des programmes</source>
        <translation>Programme manifest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Projets de baromètre</source>
        <translation>Barometer projects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listes CSV ou JSON (*.csv *.json);;Tous les fichiers (*)</source>
        <translation>CSV or JSON lists (*.csv *.json);;All files (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>La liste des communes est introuvable, les villes ne peuvent pas être résolues : %1</source>
        <translation>The commune list cannot be found, so cities cannot be resolved: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Un import porte soit sur des programmes, soit sur une seule liste de projets (chacun est une transaction) : retirez les autres sources, et importez-les ensuite.</source>
        <translation>An import covers either programmes or a single list of projects (each is one transaction): remove the other sources, then import them afterwards.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../src/gui/import/ImportDialogRuns.cpp" line="+115"/>
        <source>fichier introuvable</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Programmes (%1);;Tous les fichiers (*)</source>
        <translation>Programmes (%1);;All files (*)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>format non pris en charge (Vigie lit %1)</source>
        <translation>unsupported format (Vigie reads %1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>pas un format de programme</source>
        <translation>not a programme format</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../src/gui/import/ImportDialogLists.cpp" line="+129"/>
        <location line="+7"/>
        <location line="+19"/>
        <source>%1, ligne %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dossier, 1 programme</source>
        <translation>folder, 1 programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dossier, %1 programmes</source>
        <translation>folder, %1 programmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>manifeste, 1 programme</source>
        <translation>manifest, 1 programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>manifeste, %1 programmes</source>
        <translation>manifest, %1 programmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>projets de baromètre, 1 projet</source>
        <translation>barometer projects, 1 project</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>projets de baromètre, %1 projets</source>
        <translation>barometer projects, %1 projects</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fichier des candidats : les listes du tour %1</source>
        <translation>candidate file: the lists of round %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier des candidats : les listes du tour 1 (son nom ne dit pas le tour)</source>
        <translation>candidate file: the lists of round 1 (its name does not say the round)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>résultats par commune : les sièges et les listes élues</source>
        <translation>results by commune: the seats and the elected lists</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>à corriger, voir ci-dessous</source>
        <translation>needs correcting, see below</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Inconnue : importé sans commune</source>
        <translation>Unknown: imported without a city</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import impossible :</source>
        <translation>Cannot import:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import impossible, %1 problèmes :</source>
        <translation>Cannot import, %1 problems:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucun document à importer.</source>
        <translation>No documents to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 projet à importer</source>
        <translation>1 project to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 projets à importer</source>
        <translation>%1 projects to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 programme à importer</source>
        <translation>1 programme to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 programmes à importer</source>
        <translation>%1 programmes to import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 fichier des candidats (les listes, enregistrées après les documents)</source>
        <translation>1 candidate file (the lists, stored after the documents)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fichiers des candidats (les listes, enregistrées après les documents)</source>
        <translation>%1 candidate files (the lists, stored after the documents)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 fichier de résultats (les élus, après les listes)</source>
        <translation>1 results file (the elected lists, after the lists)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fichiers de résultats (les élus, après les listes)</source>
        <translation>%1 results files (the elected lists, after the lists)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 décoché</source>
        <translation>1 unticked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 décochés</source>
        <translation>%1 unticked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 commune à choisir</source>
        <translation>1 city to choose</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 communes à choisir</source>
        <translation>%1 cities to choose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 ville inconnue</source>
        <translation>1 unknown city</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 villes inconnues</source>
        <translation>%1 unknown cities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 fichier ne pourra pas être lu</source>
        <translation>1 file cannot be read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fichiers ne pourront pas être lus</source>
        <translation>%1 files cannot be read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 fichier d&apos;un autre format ignoré</source>
        <translation>1 file in another format ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fichiers d&apos;autres formats ignorés</source>
        <translation>%1 files in other formats ignored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 entrée des dossiers ignorée (voir le rapport)</source>
        <translation>1 folder entry skipped (see the report)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entrées des dossiers ignorées (voir le rapport)</source>
        <translation>%1 folder entries skipped (see the report)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Une commune non choisie ou inconnue n&apos;empêche pas l&apos;import : le projet est importé sans commune et signalé dans le rapport.</source>
        <translation>A city that is not chosen or unknown does not block the import: the project is imported without a city and flagged in the report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une commune non choisie ou inconnue n&apos;empêche pas l&apos;import : le programme est importé sans commune et signalé dans le rapport.</source>
        <translation>A city that is not chosen or unknown does not block the import: the programme is imported without a city and flagged in the report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sans manifeste, saisissez la ville, l&apos;année, la nuance… par double-clic ; une valeur saisie vaut pour toutes les lignes sélectionnées.</source>
        <translation>Without a manifest, enter the city, year, nuance… by double-clicking; a value entered applies to all selected rows.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Un manifeste (CSV ou JSON) donne pour chaque fichier sa tête de liste, sa nuance, sa ville et son année : voir docs/manifest.md.</source>
        <translation>A manifest (CSV or JSON) gives each file its head of list, nuance, city and year: see docs/manifest.md.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reprendre l&apos;import</source>
        <translation>Resume the import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer 1 projet</source>
        <translation>Import 1 project</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer %1 projets</source>
        <translation>Import %1 projects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer les listes</source>
        <translation>Import the lists</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer 1 programme</source>
        <translation>Import 1 programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer %1 programmes</source>
        <translation>Import %1 programmes</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>décoché dans l&apos;aperçu</source>
        <translation>unticked in the preview</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import de %1 projets…</source>
        <translation>Importing %1 projects…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import de %1 programmes…</source>
        <translation>Importing %1 programmes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préparation du dictionnaire…</source>
        <translation>Preparing the dictionary…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Annulation… l&apos;étude reste telle qu&apos;elle était avant l&apos;import.</source>
        <translation>Cancelling… the study stays as it was before the import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrêt après le fichier en cours…</source>
        <translation>Stopping after the current file…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lecture de %1 : OCR de la page %2 sur %3</source>
        <translation>Reading %1: OCR of page %2 of %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lecture des listes…</source>
        <translation>Reading the lists…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrement dans l&apos;étude…</source>
        <translation>Saving to the study…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lecture de %1</source>
        <translation>Reading %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projet %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Un autre programme écrit dans l&apos;étude (un import, un réétiquetage) : en attente depuis %1 s. L&apos;import commencera quand il aura fini ; Annuler pour abandonner.</source>
        <translation>Another program is writing to the study (an import, a retag): waiting for %1 s. The import will start when it has finished; Cancel to give up.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>L&apos;import a échoué ; l&apos;étude est restée telle qu&apos;elle était.
%1</source>
        <translation>The import failed; the study was left as it was.
%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import interrompu : %1 programmes sur %2 sont déjà dans l&apos;étude. Gardez-les (l&apos;import pourra reprendre où il s&apos;est arrêté) ou annulez tout l&apos;import (l&apos;étude redevient telle qu&apos;elle était).</source>
        <translation>Import stopped: %1 of %2 programmes are already in the study. Keep them (the import can resume where it stopped) or undo the whole import (the study goes back to what it was).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import annulé : l&apos;étude est restée telle qu&apos;elle était.</source>
        <translation>Import cancelled: the study was left as it was.</translation>
    </message>
    <message>
        <location filename="../../src/gui/import/ImportDialogRuns.cpp" line="-79"/>
        <source>Les %1 programmes importés sont gardés. « Reprendre l&apos;import » importe les %2 autres.</source>
        <translation>The %1 imported programmes are kept. “Resume the import” imports the other %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Annulation de l&apos;import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>L&apos;import n&apos;a pas pu être annulé ; les programmes importés sont toujours dans l&apos;étude.
%1</source>
        <translation>The import could not be undone; the imported programmes are still in the study.
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import annulé : %1 programmes retirés, %2 remis comme avant ; l&apos;étude est redevenue telle qu&apos;elle était.</source>
        <translation>Import undone: %1 programmes removed, %2 given back their earlier details; the study is as it was.</translation>
    </message>
    <message>
        <location filename="../../src/gui/import/ImportDialogReport.cpp" line="+52"/>
        <source>Import terminé</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import terminé, avec %1 en échec</source>
        <translation>Import complete, %1 failed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Étude : %1</source>
        <translation>Study: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reprise d&apos;un import interrompu : %1 fichiers qu&apos;il avait déjà enregistrés n&apos;ont pas été relus</source>
        <translation>resumed an interrupted import: %1 files it had already stored were not read again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrigez les fichiers ou le manifeste, puis importez-les de nouveau : un texte déjà dans l&apos;étude est mis à jour, jamais dupliqué.</source>
        <translation>Correct the files or the manifest, then import them again: a text already in the study is updated, never duplicated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>importés (nouveaux projets)</source>
        <translation>imported (new projects)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>importés (nouveaux programmes)</source>
        <translation>imported (new programmes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis à jour (déjà dans l&apos;étude)</source>
        <translation>updated (already in the study)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ignorés</source>
        <translation>ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en échec</source>
        <translation>failed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sans commune</source>
        <translation>without a city</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importés sans commune</source>
        <translation>Imported without a city</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Texte douteux, à relire</source>
        <translation>Doubtful text, to read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Même texte que le document d&apos;une autre liste</source>
        <translation>Same text as another list’s document</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nommés sans année, ils ont pris celle des listes de l&apos;étude qui ont leur commune, leur panneau et leur tour</source>
        <translation>named without a year, they took that of the study’s lists with their city, panel and round</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lus par OCR (pages numérisées)</source>
        <translation>Read by OCR (scanned pages)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ignorés</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tout a été importé, chaque ville a sa commune.</source>
        <translation>Everything was imported; every city was matched to its commune.</translation>
    </message>
    <message>
        <location filename="../../src/gui/import/ImportDialogLists.cpp" line="-123"/>
        <source>%1 n&apos;est pas un repère connu ({insee}, {department}, {panel}, {round}, {year}, {candidate}, {kind}, {*})</source>
        <translation>%1 is not a known placeholder ({insee}, {department}, {panel}, {round}, {year}, {candidate}, {kind}, {*})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>une accolade « { » n&apos;est pas refermée (écrivez « {{ » pour une accolade)</source>
        <translation>a “{” is never closed (write “{{” for a brace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>une accolade « } » ne ferme aucun repère (écrivez « }} » pour une accolade)</source>
        <translation>a “}” closes no placeholder (write “}}” for a brace)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 figure deux fois</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>il manque {insee} : un document est rattaché à sa liste par le code INSEE de sa commune</source>
        <translation>{insee} is missing: a document is joined to its list by its commune&apos;s INSEE code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noms de fichiers « %1 » : %2</source>
        <translation>File names “%1”: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>import annulé</source>
        <translation>import cancelled</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Listes de %1 (%2, tour %3)</source>
        <translation>Lists of %1 (%2, round %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>%1 listes</source>
        <translation>%1 lists</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>%1 nouvelles, %2 mises à jour, %3 candidats lus ; %4 avec un document dans l&apos;étude</source>
        <translation>%1 new, %2 updated, %3 candidates read; %4 with a document in the study</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/gui/import/ImportDialogReport.cpp" line="-18"/>
        <source>Documents sans année</source>
        <translation>Documents without a year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l&apos;année de ces listes (%1) donnée aux documents nommés sans année qui ont leur commune, leur panneau et leur tour : %2</source>
        <translation>the year of these lists (%1) given to the documents named without a year that have their city, panel and round: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ligne ignorée : %1</source>
        <translation>row left out: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>et %1 autres lignes ignorées</source>
        <translation>and %1 more rows left out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« %1 » (%2) n&apos;est pas une commune de la liste officielle : liste %3 enregistrée sans commune</source>
        <translation>“%1” (%2) is no commune of the official list: list %3 stored without a commune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>et %1 autres listes sans commune</source>
        <translation>and %1 more lists without a commune</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Résultats de %1 (%2, tour %3)</source>
        <translation>Results of %1 (%2, round %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 communes lues ; %2 listes de l&apos;étude ont leurs sièges, %3 élues ; %4 absentes de l&apos;étude (importez d&apos;abord le fichier des candidats du tour)</source>
        <translation>%1 communes read; %2 lists of the study have their seats, %3 elected; %4 not in the study (import the round&apos;s candidate file first)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>liste ignorée : %1</source>
        <translation>list left out: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noms de fichiers « %1 » : aucun nom ne suit ce modèle</source>
        <translation>File names “%1”: no name follows this pattern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aucun des documents n&apos;a été rattaché à sa liste par ce modèle : vérifiez-le (les repères, les séparateurs) sur un nom de fichier</source>
        <translation>no document was joined to its list by this pattern: check it (placeholders, separators) against a file name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents sans liste (%1) : comptés comme des listes à part</source>
        <translation>Documents without a list (%1): counted as lists of their own</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>liste %1 de %2 (%3), tour %4</source>
        <translation>list %1 of %2 (%3), round %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, sans année : rattaché à aucune liste (indiquez l&apos;année avec {year} dans le modèle de noms, ou importez le fichier des candidats de l&apos;élection)</source>
        <translation>%1, without a year: joined to no list (give the year with {year} in the name pattern, or import the election’s candidate file)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 : les listes de %2 de l&apos;étude n&apos;en ont pas de ce numéro</source>
        <translation>%1: the study’s %2 lists have none with this number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>et %1 autres</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fichiers des candidats ou des résultats non lus (rien n&apos;en a été enregistré)</source>
        <translation>Candidate or results files not read (nothing of them was stored)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../src/gui/import/PreviewDelegate.cpp" line="+38"/>
        <source>À choisir parmi %1 communes…</source>
        <translation>Choose from %1 cities…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ville, « Ville (département) » ou code INSEE</source>
        <translation>City, ‘City (department)’ or INSEE code</translation>
    </message>
    <message>
        <location filename="../../src/gui/import/ImportPreviewModel.cpp" line="+83"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1 hab.</source>
        <translation> — pop. %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>À choisir parmi %1 communes</source>
        <translation>Choose from %1 cities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconnue : importé sans commune</source>
        <translation>Unknown: imported without a city</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 : compté comme %2</source>
        <translation>%1: counted as %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plusieurs communes portent ce nom : choisissez la bonne, ou laissez le programme sans commune.</source>
        <translation>Several cities have this name: choose the right one, or leave the programme without a city.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune ville indiquée : importé sans commune.</source>
        <translation>No city given: imported without a city.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La liste des communes ne connaît pas « %1 » : corrigez la ville (double-clic), ou laissez-la pour importer sans commune.</source>
        <translation>‘%1’ is not in the commune list: correct the city (double-click), or leave it to import without a city.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 (dép. %2)</source>
        <translation>%1 (dept %2)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tête de liste</source>
        <translation>Head of list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuance</source>
        <translation>Nuance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maturité</source>
        <translation>Maturity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ville indiquée</source>
        <translation>City as given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>ImportProblemText</name>
    <message>
        <location filename="../../src/gui/import/ImportProblemText.cpp" line="+23"/>
        <source>ligne %1, colonne %2 (octet %3)</source>
        <translation>line %1, column %2 (byte %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fichier introuvable</source>
        <translation>file not found</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c&apos;est un dossier, pas un fichier</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fichier de plus de %1 Mo : ce n&apos;est pas un programme</source>
        <translation>file larger than %1 MB: not a programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le fichier ne peut pas être ouvert (droits de lecture ?)</source>
        <translation>the file cannot be opened (read permission?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>erreur de lecture du fichier</source>
        <translation>error while reading the file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format « %1 » non pris en charge (Vigie lit %2)</source>
        <translation>unsupported format “%1” (Vigie reads %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le document ne contient aucun texte</source>
        <translation>the document contains no text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texte de plus de %1 Mo : ce n&apos;est pas un programme</source>
        <translation>text larger than %1 MB: not a programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>la lecture du document a pris plus de %1 s : document refusé</source>
        <translation>reading the document took longer than %1 s: refused</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c&apos;est un tube nommé (FIFO), pas un fichier</source>
        <translation>it is a named pipe (FIFO), not a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c&apos;est une socket, pas un fichier</source>
        <translation>it is a socket, not a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>c&apos;est un périphérique, pas un fichier</source>
        <translation>it is a device, not a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c&apos;est un fichier spécial, pas un fichier ordinaire</source>
        <translation>it is a special file, not an ordinary file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dossier illisible (%1) : ignoré</source>
        <translation>folder not readable (%1): skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lien cassé vers « %1 » : ignoré</source>
        <translation>broken link to “%1”: skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le lien mène à lui-même : ignoré</source>
        <translation>the link leads back to itself: skipped</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lien vers le dossier « %1 » : les liens vers des dossiers ne sont pas suivis</source>
        <translation>link to the folder “%1”: links to folders are not followed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le nom du fichier n&apos;est pas en UTF-8 (%1) : renommez-le</source>
        <translation>the file name is not UTF-8 (%1): rename it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le document est trop grand pour être traité en mémoire</source>
        <translation>the document is too large to process in memory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>texte %1 invalide à la %2</source>
        <translation>invalid %1 text at %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texte %1 invalide : nombre d&apos;octets impair (fichier tronqué ?)</source>
        <translation>invalid %1 text: odd number of bytes (truncated file?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texte UTF-8 invalide (fichier abîmé ou encodages mélangés ?) à la %1</source>
        <translation>invalid UTF-8 text (damaged file or mixed encodings?) at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texte UTF-8 invalide après la marque d&apos;ordre des octets (BOM) à la %1</source>
        <translation>invalid UTF-8 text after its byte order mark (BOM) at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texte %1 qui n&apos;est pas de l&apos;UTF-8 valide à la %2</source>
        <translation>%1 text that is not valid UTF-8 at %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fichier binaire, pas du texte</source>
        <translation>binary file, not text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encodage non pris en charge (le texte semble être en %1) : enregistrez-le en UTF-8</source>
        <translation>unsupported encoding (the text looks like %1): save it as UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encodage non pris en charge (%1) : enregistrez le texte en UTF-8</source>
        <translation>unsupported encoding (%1): save the text as UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>l&apos;encodage %1 ne peut pas être lu (%2) : installation de Vigie incomplète ?</source>
        <translation>the %1 encoding cannot be read (%2): is the Vigie installation incomplete?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF invalide (abîmé ou tronqué)</source>
        <translation>not a valid PDF (damaged or truncated)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF protégé par un mot de passe : enregistrez-le sans protection</source>
        <translation>password-protected PDF: save it without protection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la page %1 du PDF dessine plus de 100 000 caractères : document refusé</source>
        <translation>page %1 of the PDF draws more than 100,000 characters: refused</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le PDF n&apos;a pas de couche texte (pages numérisées ?) et l&apos;OCR est désactivée : importez-le avec l&apos;OCR des pages sans texte</source>
        <translation>the PDF has no text layer (scanned pages?) and OCR is off: import it with OCR of pages without text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le PDF n&apos;a pas de texte, et l&apos;OCR n&apos;en a lu aucun sur ses pages</source>
        <translation>the PDF has no text, and OCR read none on its pages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OCR indisponible : les données françaises de Tesseract (paquet Debian tesseract-ocr-fra) ne peuvent pas être chargées</source>
        <translation>OCR is not available: Tesseract’s French data (Debian package tesseract-ocr-fra) cannot be loaded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>importé, mais son texte semble abîmé : %1 de mots français connus, %2 de lettres isolées, %3 caractères brouillés pour 100 mots. Un scan, des titres espacés ou un mauvais encodage ? Lisez-le avant de le compter.</source>
        <translation>imported, but its text looks damaged: %1 known French words, %2 lone letters, %3 garbled characters per 100 words. A scan, letter-spaced titles or a wrong encoding? Read it before counting it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>importé, mais son texte semble abîmé : %1 de lettres isolées, %2 caractères brouillés pour 100 mots. Un scan, des titres espacés ou un mauvais encodage ? Lisez-le avant de le compter.</source>
        <translation>imported, but its text looks damaged: %1 lone letters, %2 garbled characters per 100 words. A scan, letter-spaced titles or a wrong encoding? Read it before counting it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>le même texte est déjà le document de la liste %1 de la commune %2 au tour %3 de %4 : il le reste (un texte est un seul document ; retirez-le de l&apos;étude pour le changer de liste)</source>
        <translation>the same text is already the document of list %1 of city %2 in round %3 of %4: it stays so (a text is one document; remove it from the study to move it to another list)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>la page HTML ne peut pas être analysée</source>
        <translation>the HTML page cannot be parsed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ce n&apos;est pas une archive ZIP, ce que sont les documents .docx et .odt</source>
        <translation>not a ZIP archive, which .docx and .odt documents are</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive ZIP abîmée (%1)</source>
        <translation>damaged ZIP archive (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive ZIP non prise en charge (%1)</source>
        <translation>unsupported ZIP archive (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>archive refusée par précaution : ce pourrait être une bombe de décompression (%1)</source>
        <translation>archive refused as a precaution: it could be a zip bomb (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>l&apos;archive ZIP n&apos;a pas d&apos;entrée « %1 »</source>
        <translation>the ZIP archive has no entry “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mémoire insuffisante (%1)</source>
        <translation>not enough memory (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ce n&apos;est pas un fichier .docx : document Word de l&apos;ancien format (.doc), ou protégé par un mot de passe</source>
        <translation>not a .docx file: an old-format (.doc) or password-protected Word document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ce n&apos;est pas un document Word (word/document.xml manque)</source>
        <translation>not a Word document (word/document.xml is missing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ce n&apos;est pas un texte OpenDocument (%1)</source>
        <translation>not an OpenDocument text (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ce n&apos;est pas un texte OpenDocument (type MIME %1)</source>
        <translation>not an OpenDocument text (MIME type %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>texte OpenDocument protégé par un mot de passe : enregistrez-le sans protection</source>
        <translation>password-protected OpenDocument text: save it without protection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>XML mal formé</source>
        <translation>malformed XML</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>document abîmé : %1 (%2, ligne %3)</source>
        <translation>damaged document: %1 (%2, line %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document abîmé : %1 (%2)</source>
        <translation>damaged document: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>document abîmé : %1 contient une déclaration de type de document, ce dont un fichier Office n&apos;a jamais besoin</source>
        <translation>damaged document: %1 has a document type declaration, which Office files never need</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>le fichier ne peut pas être ouvert</source>
        <translation>the file cannot be opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ce n&apos;est pas du texte UTF-8 (enregistrez-le en UTF-8) : premier caractère invalide à la %1</source>
        <translation>not UTF-8 text (save it as UTF-8): first invalid character at %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>un champ ouvert par des guillemets n&apos;est jamais refermé</source>
        <translation>a quoted field is never closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON invalide (%1)</source>
        <translation>invalid JSON (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il faut une liste de %1 : un tableau JSON, ou {&quot;%1&quot;: [...]}</source>
        <translation>a list of %1 is expected: a JSON array, or {&quot;%1&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chaque entrée doit être un objet JSON</source>
        <translation>each entry must be a JSON object</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>« %1 » doit être un texte ou un nombre</source>
        <translation>“%1” must be a string or a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colonne inconnue « %1 » (colonnes possibles : %2)</source>
        <translation>unknown column “%1” (possible columns: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>clé inconnue « %1 »</source>
        <translation>unknown key “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>il manque la colonne « %1 »</source>
        <translation>the “%1” column is missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 champs, alors que l&apos;en-tête en a %2</source>
        <translation>%1 fields, while the header has %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fichier vide</source>
        <translation>empty file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : « %2 » n&apos;est pas un nombre entier</source>
        <translation>%1: “%2” is not a whole number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : « %2 » devrait être oui ou non (ou 1/0, true/false)</source>
        <translation>%1: “%2” should be oui or non (or 1/0, true/false)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : « %2 » n&apos;est pas un montant</source>
        <translation>%1: “%2” is not an amount</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 : « %2 » n&apos;est pas un type de document (%3)</source>
        <translation>%1: “%2” is not a kind of document (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 : « %2 » est hors des valeurs possibles (%3)</source>
        <translation>%1: “%2” is out of range (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 : « %2 » n&apos;est pas un nom de fichier (il contient un caractère de contrôle)</source>
        <translation>%1: “%2” is not a file name (it holds a control character)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aucun fichier indiqué</source>
        <translation>no file given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>un projet doit avoir un titre</source>
        <translation>a project needs a title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aucun nom de commune</source>
        <translation>no commune name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>département inconnu « %1 »</source>
        <translation>unknown department “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commune inconnue « %1 »</source>
        <translation>unknown commune “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>aucune commune « %1 » dans ce département</source>
        <translation>no commune “%1” in that department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>aucune commune « %1 » dans le département %2</source>
        <translation>no commune “%1” in department %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 communes s&apos;appellent « %2 » : indiquez le département ou le code INSEE (%3)</source>
        <translation>%1 communes are named “%2”: give the department or the INSEE code (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, ligne %2 : %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+182"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Ouvrir une étude…</source>
        <translation>&amp;Open study…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Études &amp;récentes</source>
        <translation>Recent &amp;studies</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Un autre programme a modifié l&apos;étude (un import, un réétiquetage) : les vues montrent encore son état précédent.</source>
        <translation>Another program has changed the study (an import, a retag): the views still show it as it was.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recharger</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Reprendre l&apos;import</source>
        <translation>Resume the import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annuler cet import</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Ouvrir l&apos;étude de &amp;démonstration</source>
        <translation>Open the &amp;demo study</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Importer des programmes ou des projets…</source>
        <translation>&amp;Import programmes or projects…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Surveiller un dossier…</source>
        <translation>Watch a folder…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer les documents ajoutés à un dossier ou modifiés, au fil de leur arrivée</source>
        <translation>Import the documents added to a folder or changed, as they arrive</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rapport d&apos;&amp;observatoire (HTML et PDF)…</source>
        <translation>Observatory &amp;report (HTML and PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporter pour un logiciel d&apos;analyse &amp;qualitative (REFI-QDA)…</source>
        <translation>Export for a &amp;qualitative analysis tool (REFI-QDA)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Écrire l&apos;étude en projet REFI-QDA (.qdpx), que MAXQDA, ATLAS.ti, NVivo et QualCoder ouvrent : programmes, thèmes et mentions codées</source>
        <translation>Write the study as a REFI-QDA project (.qdpx), which MAXQDA, ATLAS.ti, NVivo and QualCoder open: programmes, themes and coded mentions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>&amp;Réglages</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>À &amp;propos de Vigie</source>
        <translation>&amp;About Vigie</translation>
    </message>
    <message>
        <location filename="../../src/gui/window/MainWindow.cpp" line="+141"/>
        <source>À propos de Vigie</source>
        <translation>About Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Vigie&lt;/b&gt; — ce que les candidats et les villes disent et font du numérique.&lt;/p&gt;&lt;p&gt;Communes : liste officielle de l&apos;INSEE (Code officiel géographique), via le paquet @etalab/decoupage-administratif 6.0.0, licence MIT / Licence Ouverte.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vigie&lt;/b&gt; — what candidates and cities say and do about digital policy.&lt;/p&gt;&lt;p&gt;Communes: official INSEE list (Code officiel géographique), via the @etalab/decoupage-administratif 6.0.0 package, MIT licence / Licence Ouverte.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Étude introuvable</source>
        <translation>Study not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Il n&apos;y a pas d&apos;étude à l&apos;emplacement %1.
Créer une nouvelle étude vide à cet endroit ?</source>
        <translation>There is no study at %1.
Create a new, empty study there?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Étude non ouverte</source>
        <translation>Study not opened</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Impossible d&apos;ouvrir %1 :
%2</source>
        <translation>Cannot open %1:
%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Vigie — %1</source>
        <translation>Vigie — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Données fictives : étude de démonstration (communes réelles ; candidats, programmes et projets inventés). Aucun chiffre n&apos;en est tiré de la réalité.</source>
        <translation>Synthetic data: demo study (real cities; invented candidates, programmes and projects). None of its figures are drawn from reality.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>L&apos;import de %1 programmes commencé le %2 a été arrêté par Annuler : %3 sont dans l&apos;étude, %4 restent à importer.</source>
        <translation>The import of %1 programmes started on %2 was stopped with Cancel: %3 are in the study, %4 remain to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;import de %1 programmes commencé le %2 a été interrompu (programme arrêté, disque plein…) : %3 sont dans l&apos;étude, %4 restent à importer.</source>
        <translation>The import of %1 programmes started on %2 was interrupted (program stopped, disk full…): %3 are in the study, %4 remain to import.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 autres imports inachevés suivront (vigie-cli import-runs les liste).</source>
        <translation>%1 other unfinished imports will follow (vigie-cli import-runs lists them).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Annuler l&apos;import</source>
        <translation>Undo the import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer de l&apos;étude les %1 programmes que cet import a ajoutés, et rendre aux %2 qu&apos;il a mis à jour leurs informations d&apos;avant ?</source>
        <translation>Remove from the study the %1 programmes this import added, and give the %2 it updated their earlier details back?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annulation de l&apos;import…</source>
        <translation>Undoing the import…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import non annulé</source>
        <translation>Import not undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;import n&apos;a pas pu être annulé ; l&apos;étude n&apos;a pas changé.
%1</source>
        <translation>The import could not be undone; the study has not changed.
%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import annulé : %1 programmes retirés, %2 remis comme avant.</source>
        <translation>Import undone: %1 programmes removed, %2 given back their earlier details.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ouvrir une étude</source>
        <translation>Open study</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Études Vigie (*.vigie);;Tous les fichiers (*)</source>
        <translation>Vigie studies (*.vigie);;All files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Étude de démonstration</source>
        <translation>Demo study</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dossier du rapport</source>
        <translation>Report folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calcul des tableaux du rapport…</source>
        <translation>Computing the report&apos;s tables…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+85"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rapport écrit :
%1</source>
        <translation>Report written:
%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Dessin des graphiques, écriture du HTML et du PDF…</source>
        <translation>Drawing the charts, writing the HTML and the PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>Le rapport n&apos;a pas été écrit :
%1</source>
        <translation>The report was not written:
%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporter pour un logiciel d&apos;analyse qualitative</source>
        <translation>Export for a qualitative analysis tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projet REFI-QDA (*.qdpx)</source>
        <translation>REFI-QDA project (*.qdpx)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Écriture du projet REFI-QDA…</source>
        <translation>Writing the REFI-QDA project…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Export REFI-QDA</source>
        <translation>REFI-QDA export</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 est écrit : %2 programmes (sources de texte), %3 thèmes (codes), %4 mentions (segments codés), %5 communes (cas).

Ouvrez-le dans MAXQDA, ATLAS.ti, NVivo ou QualCoder par leur import de projet REFI-QDA.</source>
        <translation>%1 is written: %2 programmes (text sources), %3 themes (codes), %4 mentions (coded segments), %5 cities (cases).

Open it in MAXQDA, ATLAS.ti, NVivo or QualCoder with their REFI-QDA project import.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le projet REFI-QDA n&apos;a pas été écrit :
%1</source>
        <translation>The REFI-QDA project was not written:
%1</translation>
    </message>
    <message>
        <location filename="../../src/gui/window/Views.cpp" line="+18"/>
        <source>Tableau de bord</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concordance</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baromètre</source>
        <translation>Barometer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dictionnaire</source>
        <translation>Dictionary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>PngExportDialog</name>
    <message>
        <location filename="../../ui/PngExportDialog.ui" line="+10"/>
        <source>Exporter en PNG</source>
        <translation>Export as PNG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Largeur</source>
        <translation>Width</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Résolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> ppp</source>
        <translation> dpi</translation>
    </message>
</context>
<context>
    <name>PrecedenceMenu</name>
    <message>
        <location filename="../../src/gui/window/PrecedenceMenu.cpp" line="+36"/>
        <source>&amp;Document compté par liste</source>
        <translation>&amp;Document counted per list</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ordre : %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ordre de l&apos;étude : %1</source>
        <translation>The study&apos;s order: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Une liste qui a plusieurs documents pour un tour n&apos;en compte qu&apos;un dans les parts (docs/counting.md §7)</source>
        <translation>A list with several documents for a round counts only one of them in the shares (docs/counting.md §7)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Réglage non enregistré</source>
        <translation>Setting not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&apos;ordre des documents n&apos;a pas pu être enregistré dans l&apos;étude ; rien n&apos;a changé.
%1</source>
        <translation>The order of documents could not be saved in the study; nothing changed.
%1</translation>
    </message>
</context>
<context>
    <name>ProgrammesModel</name>
    <message>
        <location filename="../../src/gui/programmes/ProgrammesModel.cpp" line="+412"/>
        <source>%1 : 1 mention</source>
        <translation>%1: 1 mention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 : %2 mentions</source>
        <translation>%1: %2 mentions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune mention</source>
        <translation>No mentions</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, non compté</source>
        <translation>%1, not counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · OCR</source>
        <translation>%1 · OCR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>aucun document</source>
        <translation>no document</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune inconnue</source>
        <translation>Unknown city</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (INSEE %2)</source>
        <translation>%1 (INSEE %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cette liste n&apos;a aucun document dans l&apos;étude : elle compte dans la part des listes avec un document, pas dans les parts de thèmes.</source>
        <translation>This list has no document in the study: it counts in the share of lists with a document, not in the theme shares.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le document compté pour cette liste et ce tour.</source>
        <translation>The document counted for this list and round.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non compté : un autre document de la même liste et du même tour passe avant lui (vigie-cli lists precedence).</source>
        <translation>Not counted: another document of the same list and round comes before it (vigie-cli lists precedence).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Texte %1.</source>
        <translation>Text %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nuance</source>
        <translation>Nuance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commune</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mots</source>
        <translation>Words</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Thèmes que le programme mentionne au moins une fois ; la première pastille donne le nombre de mentions (dictionnaire courant). Le tri se fait sur ce nombre.</source>
        <translation>Themes the programme mentions at least once; the first chip gives the number of mentions (current dictionary). Sorting uses that number.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Thèmes (%1)</source>
        <translation>Themes (%1)</translation>
    </message>
    <message>
        <location line="-493"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>pages %1</source>
        <translation>pages %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lu par OCR (%1, confiance %2 sur 100)</source>
        <translation>read by OCR (%1, confidence %2 out of 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lu par OCR (%1)</source>
        <translation>read by OCR (%1)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prof. de foi</source>
        <translation>statement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accessible</source>
        <translation>accessible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FALC</source>
        <translation>easy-read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tract</source>
        <translation>leaflet</translation>
    </message>
    <message>
        <location line="+436"/>
        <source>Thèmes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nuance politique de la liste</source>
        <translation>Political nuance of the list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population municipale (INSEE)</source>
        <translation>Municipal population (INSEE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Classe de taille de la commune</source>
        <translation>Size class of the city</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nombre de mots du programme</source>
        <translation>Number of words in the programme</translation>
    </message>
</context>
<context>
    <name>ProgrammesView</name>
    <message>
        <location filename="../../ui/ProgrammesView.ui" line="+64"/>
        <source>Rechercher dans les textes…</source>
        <translation>Search the texts…</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Recherche plein texte : tous les mots, sans tenir compte des accents, de la casse ni du pluriel ; &quot;entre guillemets&quot; pour une expression exacte.</source>
        <translation>Full-text search: all words, ignoring accents, case and plurals; &quot;in quotes&quot; for an exact phrase.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taille de la commune (population INSEE)</source>
        <translation>City size (INSEE population)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Département de la commune</source>
        <translation>Department of the city</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Année de l&apos;élection</source>
        <translation>Year of the election</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Les documents comptés (un par liste et par tour), ou les listes du fichier des candidats sans aucun document</source>
        <translation>The documents counted (one per list and round), or the lists of the candidate file without any document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents et listes</source>
        <translation>Documents and lists</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents comptés</source>
        <translation>Documents counted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Listes sans document</source>
        <translation>Lists without a document</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Programmes qui mentionnent ce thème au moins une fois</source>
        <translation>Programmes that mention this theme at least once</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tout afficher</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Effacer la recherche et les filtres</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Thèmes affichés :</source>
        <translation>Themes shown:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Arbre de thèmes du dictionnaire montré par les pastilles, les mentions et le filtre de thème (« Secteurs » sert aux projets du baromètre)</source>
        <translation>Dictionary theme tree shown by the badges, the mentions and the theme filter (‘Policy sectors’ is for barometer projects)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lire le programme</source>
        <translation>Read programme</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ouvrir le texte du programme sélectionné (Entrée ou double-clic)</source>
        <translation>Open the text of the selected programme (Enter or double-click)</translation>
    </message>
    <message>
        <location filename="../../src/gui/programmes/ProgrammesView.cpp" line="+273"/>
        <source>Les programmes n&apos;ont pas pu être lus : %1</source>
        <translation>The programmes could not be read: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Population inconnue</source>
        <translation>Unknown population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les tailles</source>
        <translation>All sizes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commune inconnue</source>
        <translation>Unknown city</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tous les départements</source>
        <translation>All departments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Année inconnue</source>
        <translation>Unknown year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Tous les thèmes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (au moins un thème)</source>
        <translation>%1 (at least one theme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune mention « %1 »</source>
        <translation>No mentions of ‘%1’</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>La recherche compte %1 mots : elle en prend au plus %2 à la fois.</source>
        <translation>The search has %1 words: at most %2 are searched at once.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La recherche a échoué : %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 programme affiché sur %2</source>
        <translation>%1 of %2 programmes shown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 programmes affichés sur %2</source>
        <translation>%1 of %2 programmes shown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 document compté</source>
        <translation>%1 document counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents comptés</source>
        <translation>%1 documents counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 non compté (un autre document de sa liste passe avant)</source>
        <translation>1 not counted (another document of its list comes first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 non comptés (un autre document de leur liste passe avant)</source>
        <translation>%1 not counted (another document of their list comes first)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 liste sans document</source>
        <translation>1 list without a document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 listes sans document</source>
        <translation>%1 lists without a document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lignes sur %2 : %3</source>
        <translation>%1 rows of %2: %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 mentionne « %2 » (%3 %)</source>
        <translation>%1 mentions ‘%2’ (%3%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mentionnent « %2 » (%3 %)</source>
        <translation>%1 mention ‘%2’ (%3%)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/gui/common/ChartView.cpp" line="-128"/>
        <source>impossible d&apos;écrire %1 : %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>données</source>
        <translation>data</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <location filename="../../ui/ReaderWidget.ui" line="+38"/>
        <source>Liste des programmes</source>
        <translation>Programme list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenir au tableau des programmes (Échap)</source>
        <translation>Back to the programme table (Esc)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mention précédente</source>
        <translation>Previous mention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mention précédente (Maj+F3)</source>
        <translation>Previous mention (Shift+F3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mention suivante</source>
        <translation>Next mention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mention suivante (F3)</source>
        <translation>Next mention (F3)</translation>
    </message>
    <message>
        <location filename="../../src/gui/programmes/ReaderWidget.cpp" line="+176"/>
        <source>Mention 8 888 sur 8 888</source>
        <translation>Mention 8,888 of 8,888</translation>
    </message>
    <message>
        <location filename="../../ui/ReaderWidget.ui" line="+74"/>
        <source>Mentions par thème</source>
        <translation>Mentions by theme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Candidat</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nuance</source>
        <translation>Nuance</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Commune</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Département</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Taille de commune</source>
        <translation>City size</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tour</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Élu</source>
        <translation>Elected</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mots</source>
        <translation>Words</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Ouvrir le fichier source avec l&apos;application du système</source>
        <translation>Open the source file with the system&apos;s default application</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Fichier source</source>
        <translation>Source file</translation>
    </message>
    <message>
        <location filename="../../src/gui/programmes/ReaderWidget.cpp" line="+221"/>
        <location line="+26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Termes généraux du thème « %1 »</source>
        <translation>General terms of the theme ‘%1’</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, tour %2</source>
        <translation>%1, round %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>texte lu par OCR</source>
        <translation>text read by OCR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 mot</source>
        <translation>1 word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <location line="+1"/>
        <source>inconnue</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 (INSEE %2)</source>
        <translation>%1 (INSEE %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>panneau %1</source>
        <translation>panel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, le document compté</source>
        <translation>%1, the document counted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, non compté</source>
        <translation>%1, not counted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, texte %2</source>
        <translation>%1, text %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sans objet (%1)</source>
        <translation>not applicable (%1)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Aucune mention</source>
        <translation>No mentions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mention %1 sur %2</source>
        <translation>Mention %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 mention</source>
        <translation>1 mention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mentions</source>
        <translation>%1 mentions</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../ui/RuleDialog.ui" line="+21"/>
        <source>Règle de contexte</source>
        <translation>Context rule</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ce que la règle reconnaît (« données ouvertes par le verbe »)</source>
        <translation>what the rule recognises (“open data by the verb”)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pourquoi la règle existe, pour qui entretient le dictionnaire</source>
        <translation>why the rule is there, for the people who maintain the dictionary</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Les termes comptent pour le thème seulement quand un mot du contexte se trouve près d&apos;eux, du côté demandé, et qu&apos;aucune expression « sauf si » n&apos;est proche.</source>
        <translation>The terms count for the theme only when a context word stands near them, on the side asked, and no “unless” phrase is near.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Termes qui comptent</source>
        <translation>Terms that count</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>données
jeux de données</source>
        <translation>données
jeux de données</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Contexte : l&apos;un de ces mots</source>
        <translation>Context: one of these words</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ouvrir
publier*
format ouvert</source>
        <translation>ouvrir
publier*
format ouvert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sauf près de ces expressions</source>
        <translation>Unless near these phrases</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>personnelles [3 mots]</source>
        <translation>personnelles [3 words]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fenêtre :</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le contexte compte à ce nombre de mots ou moins du terme (des mots voisins sont à 1 mot)</source>
        <translation>The context counts within this many words of the term (neighbouring words are 1 word apart)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> mots</source>
        <translation> words</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contexte du côté :</source>
        <translation>Context on the side:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Où le contexte doit se trouver : avant le terme, après lui, ou des deux côtés</source>
        <translation>Where the context must stand: before the term, after it, or on either side</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dans le même :</source>
        <translation>In the same:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le contexte doit être dans la même phrase que le terme, ou dans le même paragraphe</source>
        <translation>The context must be in the same sentence as the term, or in the same paragraph</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/RuleDialog.cpp" line="+25"/>
        <source>Un mot ou une expression par ligne, « connect* » pour un préfixe. Options entre crochets après l&apos;entrée : [%1], [%2], [%3] ; pour « sauf si » : [%4] (sans fenêtre : celle de la règle), [%5], [%6].</source>
        <translation>One word or phrase a line, “connect*” for a prefix. Options in brackets after the entry: [%1], [%2], [%3]; for “unless”: [%4] (no window: the rule’s), [%5], [%6].</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Règle « %1 » du thème « %2 »</source>
        <translation>Rule “%1” of the theme “%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvelle règle du thème « %1 »</source>
        <translation>New rule of the theme “%1”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Termes, %1.</source>
        <translation>Terms, %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contexte, %1.</source>
        <translation>Context, %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sauf si, %1.</source>
        <translation>Unless, %1.</translation>
    </message>
</context>
<context>
    <name>RuleEntries</name>
    <message>
        <location line="-62"/>
        <location filename="../../src/gui/dictionary/RuleEntries.cpp" line="+87"/>
        <location line="+25"/>
        <location line="+8"/>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/gui/dictionary/RuleEntries.cpp" line="-31"/>
        <location line="+25"/>
        <location line="+6"/>
        <source>racine</source>
        <translation>stem</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/gui/dictionary/RuleEntries.cpp" line="-29"/>
        <location line="+25"/>
        <location line="+4"/>
        <source>sans pluriel</source>
        <translation>no plural</translation>
    </message>
    <message>
        <location filename="../../src/gui/dictionary/RuleEntries.cpp" line="-74"/>
        <source>ligne %1 : « %2 » n&apos;est pas une option (%3)</source>
        <translation>line %1: “%2” is not an option (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 mot</source>
        <translation>%1 word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>les deux</source>
        <translation>both</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>avant</source>
        <translation>before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>après</source>
        <translation>after</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>phrase</source>
        <translation>sentence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paragraphe</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>, … (+%1)</source>
        <translation>, … (+%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>des deux côtés</source>
        <translation>on either side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>avant le terme</source>
        <translation>before the term</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>après le terme</source>
        <translation>after the term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dans la même phrase</source>
        <translation>in the same sentence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dans le même paragraphe</source>
        <translation>in the same paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Compte&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Counts&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;près de&lt;/b&gt; (%1 ou moins, %2, %3) %4</source>
        <translation>&lt;b&gt;near&lt;/b&gt; (within %1, %2, %3) %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;sauf près de&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;unless near&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>RulesModel</name>
    <message>
        <location filename="../../src/gui/dictionary/RulesModel.cpp" line="+55"/>
        <source>Ce qui compte (double-cliquer pour modifier) :</source>
        <translation>What counts (double-click to edit):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le contexte qui doit être là (double-cliquer pour modifier) :</source>
        <translation>The context that must be there (double-click to edit):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le contexte compte à ce nombre de mots ou moins du terme (des mots voisins sont à 1 mot)</source>
        <translation>The context counts within this many words of the term (neighbouring words are 1 word apart)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Où le contexte doit se trouver : avant le terme, après lui, ou des deux côtés</source>
        <translation>Where the context must stand: before the term, after it, or on either side</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le contexte doit être dans la même phrase que le terme, ou dans le même paragraphe</source>
        <translation>The context must be in the same sentence as the term, or in the same paragraph</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sauf si l&apos;une de ces expressions est proche du terme :</source>
        <translation>Unless one of these phrases is near the term:</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Dans les programmes de l&apos;étude, avec le dictionnaire tel qu&apos;il est modifié ici</source>
        <translation>In the study&apos;s programmes, with the dictionary as edited here</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Règle</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occurrences</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Termes</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contexte</source>
        <translation>Context</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fenêtre</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Côté</source>
        <translation>Side</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portée</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sauf si</source>
        <translation>Unless</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StudySession</name>
    <message>
        <location filename="../../src/gui/common/StudySession.cpp" line="+59"/>
        <source>%1 — %2 programmes, %3 listes, %4 projets</source>
        <translation>%1 — %2 programmes, %3 lists, %4 projects</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2 programmes, %3 projets</source>
        <translation>%1 — %2 programmes, %3 projects</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../../src/gui/dictionary/DictionaryModels.cpp" line="-276"/>
        <source>1 exclusion propre à ce terme</source>
        <translation>1 exclusion of its own</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 exclusions propres à ce terme</source>
        <translation>%1 exclusions of its own</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Casse et accents exactement comme écrits (sigles : « ENT », « TIC »)</source>
        <translation>Case and accents exactly as written (acronyms: “ENT”, “TIC”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tous les mots de même racine (« numériser », « numérisation »)</source>
        <translation>Every word with the same stem (“numériser”, “numérisation”)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le singulier et le pluriel se valent</source>
        <translation>Singular and plural match each other</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Dans les programmes de l&apos;étude, avec le dictionnaire tel qu&apos;il est modifié ici</source>
        <translation>In the study&apos;s programmes, with the dictionary as edited here</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Terme</source>
        <translation>Term</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occurrences</source>
        <translation>Hits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Racine</source>
        <translation>Stem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pluriel</source>
        <translation>Plural</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <location line="-251"/>
        <source>Occurrences du thème et de ses sous-thèmes dans les programmes de l&apos;étude</source>
        <translation>Hits of the theme and its sub-themes in the study&apos;s programmes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Termes</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Occurrences</source>
        <translation>Hits</translation>
    </message>
</context>
<context>
    <name>ValidationView</name>
    <message>
        <location filename="../../src/gui/validation/ValidationDialogs.cpp" line="+36"/>
        <location line="+6"/>
        <source>Nouvel échantillon</source>
        <translation>New sample</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>L&apos;étude n&apos;a pas encore de programme : importez-en d&apos;abord (Fichier › Importer…), puis tirez-y un échantillon.</source>
        <translation>The study has no programme yet: import some first (File › Import…), then draw a sample from them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paragraphes</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programmes entiers</source>
        <translation>Whole programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passages :</source>
        <translation>Passages:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nombre :</source>
        <translation>Number:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strates :</source>
        <translation>Strata:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proportionnelle à leur taille</source>
        <translation>in proportion to their size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>égale entre elles</source>
        <translation>equal between them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Répartition :</source>
        <translation>Allocation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/gui/validation/ValidationView.cpp" line="+411"/>
        <source>tous les passages</source>
        <translation>all passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repérés et non repérés, en strates séparées</source>
        <translation>tagged and untagged, as separate strata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seulement ceux que le dictionnaire repère (précision)</source>
        <translation>only those the dictionary tags (precision)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seulement ceux qu&apos;il ne repère pas (rappel)</source>
        <translation>only those it does not tag (recall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tirés parmi :</source>
        <translation>Drawn from:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La même graine sur la même étude tire les mêmes passages : notez-la pour reproduire l&apos;échantillon.</source>
        <translation>The same seed on the same study draws the same passages: note it down to reproduce the sample.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graine :</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cadre de codage (9 thèmes au plus) :</source>
        <translation>Coding frame (at most 9 themes):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tirer l&apos;échantillon</source>
        <translation>Draw the sample</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cadre de codage</source>
        <translation>Coding frame</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choisissez de un à neuf thèmes : chacun a sa touche, de 1 à 9.</source>
        <translation>Choose one to nine themes: each has its key, from 1 to 9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tirage de l&apos;échantillon…</source>
        <translation>Drawing the sample…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Échantillon non tiré</source>
        <translation>Sample not drawn</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+12"/>
        <source>Feuille de codage</source>
        <translation>Coding sheet</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Indiquez d&apos;abord le nom du codeur : la feuille porte ses codes.</source>
        <translation>Enter the coder&apos;s name first: the sheet carries their codes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>codage-%1-%2.xlsx</source>
        <translation>coding-%1-%2.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Classeur Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>Importer des codes</source>
        <translation>Import codes</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Indiquez d&apos;abord le nom du codeur dont ce sont les codes.</source>
        <translation>Enter the name of the coder whose codes these are first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feuille de codage (*.xlsx *.csv)</source>
        <translation>Coding sheet (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 ne peut pas être lu.</source>
        <translation>%1 cannot be read.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Codes de %1 enregistrés : %2.</source>
        <translation>Codes of %1 stored: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rien n&apos;a été enregistré : %1</source>
        <translation>Nothing was stored: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>Désaccords</source>
        <translation>Disagreements</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>desaccords-%1.xlsx</source>
        <translation>disagreements-%1.xlsx</translation>
    </message>
    <message>
        <location filename="../../src/gui/validation/ValidationView.cpp" line="-314"/>
        <source>Échantillon :</source>
        <translation>Sample:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouvel échantillon…</source>
        <translation>New sample…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feuille de codage…</source>
        <translation>Coding sheet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Écrire l&apos;échantillon en tableur (CSV ou XLSX) pour un codeur qui préfère coder hors de Vigie</source>
        <translation>Write the sample as a spreadsheet (CSV or XLSX) for a coder who prefers to code outside Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer des codes…</source>
        <translation>Import codes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lire une feuille de codage remplie (CSV)</source>
        <translation>Read a filled-in coding sheet (CSV)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Codeur :</source>
        <translation>Coder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>votre nom</source>
        <translation>your name</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>pourquoi ce codage, si ce n&apos;est pas évident</source>
        <translation>why this code, if it is not obvious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>← Précédent</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour arrière</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer et suivant →</source>
        <translation>Store and next →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chiffres : cocher un thème · Entrée : enregistrer · Retour arrière : revenir</source>
        <translation>Digits: tick a theme · Enter: store · Backspace: go back</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+18"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Codeur (codés)</source>
        <translation>Coder (coded)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Précision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rappel</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Désaccords entre le dictionnaire et les codeurs</source>
        <translation>Disagreements between the dictionary and the coders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Codeur</source>
        <translation>Coder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clic : afficher le passage · double clic : le lire dans son programme</source>
        <translation>Click: show the passage · double-click: read it in its programme</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Aucune étude ouverte.</source>
        <translation>No study open.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+362"/>
        <source>%1 — %2 passages, codés : %3</source>
        <translation>%1 — %2 passages, coded: %3</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Passage %1 sur %2 · codés par %4 : %3</source>
        <translation>Passage %1 of %2 · coded by %4: %3</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1
%2 codés</source>
        <translation>%1
%2 coded</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 : %2 (passages codés plusieurs fois : %3)</source>
        <translation>%1: %2 (passages coded more than once: %3)</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>La validation n&apos;a pas pu être lue : %1</source>
        <translation>The validation could not be read: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pas encore d&apos;échantillon. « Nouvel échantillon… » tire au hasard des passages de l&apos;étude à coder à la main : on mesure ensuite la précision et le rappel du dictionnaire contre vos codes.</source>
        <translation>No sample yet. ‘New sample…’ draws passages of the study at random for you to code by hand: the dictionary&apos;s precision and recall are then measured against your codes.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 : %2 passages tirés (graine %3, %4 par %5, %6), dictionnaire %7%8</source>
        <translation>%1: %2 passages drawn (seed %3, %4 by %5, %6), dictionary %7%8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>répartition égale</source>
        <translation>equal allocation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>répartition proportionnelle</source>
        <translation>proportional allocation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>repérés et non repérés séparément</source>
        <translation>tagged and untagged apart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passages repérés seulement</source>
        <translation>tagged passages only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passages non repérés seulement</source>
        <translation>untagged passages only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — codes FICTIFS de la démonstration</source>
        <translation> — the demo’s FICTITIOUS codes</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Programme n° %1%2 · strate : %3</source>
        <translation>Programme no. %1%2 · stratum: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Programme n° %1 · strate : %2</source>
        <translation>Programme no. %1 · stratum: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Programme retiré de l&apos;étude depuis le tirage · strate : %1</source>
        <translation>Programme removed from the study since the draw · stratum: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Verdict du dictionnaire : masqué jusqu&apos;à ce que ce passage soit codé (codage à l&apos;aveugle).</source>
        <translation>The dictionary&apos;s verdict: hidden until this passage is coded (blind coding).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Verdict du dictionnaire : aucun thème du cadre de codage.</source>
        <translation>The dictionary&apos;s verdict: no theme of the coding frame.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict du dictionnaire : %1.</source>
        <translation>The dictionary&apos;s verdict: %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Passage %1 sur %2 — indiquez votre nom de codeur en haut à droite</source>
        <translation>Passage %1 of %2 — enter your coder name at the top right</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Indiquez d&apos;abord votre nom de codeur : chaque codeur a ses propres codes.</source>
        <translation>Enter your coder name first: each coder has their own codes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Code non enregistré</source>
        <translation>Code not stored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le code n&apos;a pas pu être enregistré dans l&apos;étude : %1</source>
        <translation>The code could not be stored in the study: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>aucun thème</source>
        <translation>no theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passage n° %1 : le dictionnaire y trouve %2 ; vous : %3.%4</source>
        <translation>Passage no. %1: the dictionary finds %2; you: %3.%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Désaccord.</source>
        <translation> Disagreement.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>non estimable</source>
        <translation>not estimable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 : — (pas de variation)</source>
        <translation>%1: — (no variation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucun passage codé pour l&apos;instant.</source>
        <translation>No passage coded yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord entre codeurs : il faut au moins deux codeurs.</source>
        <translation>Agreement between coders: it takes at least two coders.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accord entre codeurs (alpha de Krippendorff) — %1</source>
        <translation>Agreement between coders (Krippendorff&apos;s alpha) — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>n° %1</source>
        <comment>a passage&apos;s position</comment>
        <translation>no. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dictionnaire seul</source>
        <translation>dictionary only</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>codeur seul</source>
        <translation>coder only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repéré par le dictionnaire, pas par le codeur</source>
        <translation>tagged by the dictionary, not by the coder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vu par le codeur, manqué par le dictionnaire</source>
        <translation>seen by the coder, missed by the dictionary</translation>
    </message>
</context>
<context>
    <name>vigie::gui::Groupings</name>
    <message>
        <location filename="../../src/gui/common/Common.cpp" line="+63"/>
        <source>DONNÉES FICTIVES — ÉTUDE DE DÉMONSTRATION</source>
        <translation>SYNTHETIC DATA — DEMONSTRATION STUDY</translation>
    </message>
</context>
<context>
    <name>vigie::gui::PrecedenceMenu</name>
    <message>
        <location filename="../../src/gui/window/PrecedenceMenu.cpp" line="-63"/>
        <source>Le programme, sinon la profession de foi (par défaut)</source>
        <translation>The programme, else the candidate statement (default)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La profession de foi, sinon le programme</source>
        <translation>The candidate statement, else the programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La version facile à lire (FALC) d&apos;abord</source>
        <translation>The easy-read version first</translation>
    </message>
</context>
</TS>
