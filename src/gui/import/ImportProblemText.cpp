// SPDX-FileCopyrightText: 2026 Vigie contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/import/ImportProblemText.h"

#include "gui/common/Common.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace vigie::gui {

QString ImportProblemText::reason(const core::ImportProblem &p)
{
    using enum core::ImportProblem::Kind;
    const QLocale locale;
    // "ligne 2, colonne 5 (octet 17)": where a text stops being valid. Core's reason ("invalid
    // byte 0xE9") is English and tells a user nothing the place does not.
    const auto at = [&] {
        if (!p.position)
            return QString();
        return tr("ligne %1, colonne %2 (octet %3)")
            .arg(locale.toString(static_cast<qulonglong>(p.position->line)),
                 locale.toString(static_cast<qulonglong>(p.position->column)),
                 locale.toString(static_cast<qulonglong>(p.position->byteOffset)));
    };
    switch (p.kind) {
    // Reading a document
    case NoSuchFile:
        return tr("fichier introuvable");
    case IsFolder:
        return tr("c'est un dossier, pas un fichier");
    case FileTooLarge:
        return tr("fichier de plus de %1 Mo : ce n'est pas un programme")
            .arg(locale.toString(static_cast<qulonglong>(p.limitMb)));
    case CannotOpen:
        return tr("le fichier ne peut pas être ouvert (droits de lecture ?)");
    case ReadError:
        return tr("erreur de lecture du fichier");
    case UnsupportedType:
        return tr("format « %1 » non pris en charge (Vigie lit %2)").arg(fromStd(p.value), fromStd(p.expected));
    case NoText:
        return tr("le document ne contient aucun texte");
    case TextTooLong:
        return tr("texte de plus de %1 Mo : ce n'est pas un programme")
            .arg(locale.toString(static_cast<qulonglong>(p.limitMb)));
    case ExtractionTooSlow:
        return tr("la lecture du document a pris plus de %1 s : document refusé").arg(fromStd(p.value));
    case Cancelled:
        return tr("annulé");
    case NotRegularFile:
        if (p.value == "fifo")
            return tr("c'est un tube nommé (FIFO), pas un fichier");
        if (p.value == "socket")
            return tr("c'est une socket, pas un fichier");
        if (p.value == "character-device" || p.value == "block-device")
            return tr("c'est un périphérique, pas un fichier");
        return tr("c'est un fichier spécial, pas un fichier ordinaire");
    // Walking a folder
    case UnreadableFolder:
        return tr("dossier illisible (%1) : ignoré").arg(fromStd(p.detail));
    case BrokenLink:
        return tr("lien cassé vers « %1 » : ignoré").arg(fromStd(p.value));
    case LinkLoop:
        return tr("le lien mène à lui-même : ignoré");
    case FolderLink:
        return tr("lien vers le dossier « %1 » : les liens vers des dossiers ne sont pas suivis").arg(fromStd(p.value));
    case FileNameNotUtf8:
        return tr("le nom du fichier n'est pas en UTF-8 (%1) : renommez-le").arg(fromStd(p.value));
    case TooLargeForMemory:
        return tr("le document est trop grand pour être traité en mémoire");
    // Text encodings
    case InvalidEncoding:
        return tr("texte %1 invalide à la %2").arg(fromStd(p.encoding), at());
    case TruncatedText:
        return tr("texte %1 invalide : nombre d'octets impair (fichier tronqué ?)").arg(fromStd(p.encoding));
    case InvalidUtf8:
        return tr("texte UTF-8 invalide (fichier abîmé ou encodages mélangés ?) à la %1").arg(at());
    case InvalidUtf8AfterBom:
        return tr("texte UTF-8 invalide après la marque d'ordre des octets (BOM) à la %1").arg(at());
    case UndecodedText:
        return tr("texte %1 qui n'est pas de l'UTF-8 valide à la %2").arg(fromStd(p.value), at());
    case BinaryFile:
        return tr("fichier binaire, pas du texte");
    case UnsupportedEncoding:
        return p.encodingGuessed
            ? tr("encodage non pris en charge (le texte semble être en %1) : enregistrez-le en UTF-8")
                  .arg(fromStd(p.encoding))
            : tr("encodage non pris en charge (%1) : enregistrez le texte en UTF-8").arg(fromStd(p.encoding));
    case EncodingUnavailable:
        return tr("l'encodage %1 ne peut pas être lu (%2) : installation de Vigie incomplète ?")
            .arg(fromStd(p.encoding), fromStd(p.detail));
    // PDF, HTML
    case DamagedPdf:
        return tr("PDF invalide (abîmé ou tronqué)");
    case PasswordProtectedPdf:
        return tr("PDF protégé par un mot de passe : enregistrez-le sans protection");
    case PdfPageTooDense:
        return tr("la page %1 du PDF dessine plus de 100 000 caractères : document refusé").arg(fromStd(p.value));
    case PdfWithoutText:
        if (p.value == "never")
            return tr("le PDF n'a pas de couche texte (pages numérisées ?) et l'OCR est désactivée : "
                      "importez-le avec l'OCR des pages sans texte");
        return tr("le PDF n'a pas de texte, et l'OCR n'en a lu aucun sur ses pages");
    case OcrUnavailable:
        return tr("OCR indisponible : les données françaises de Tesseract (paquet Debian tesseract-ocr-fra) "
                  "ne peuvent pas être chargées");
    case LowTextQuality: {
        const auto pct = [](double v) {
            return formatShare(v);
        };
        return (p.knownShare >= 0 ? tr("importé, mais son texte semble abîmé : %1 de mots français connus, %2 de "
                                       "lettres isolées, %3 caractères brouillés pour 100 mots. Un scan, des titres "
                                       "espacés ou un mauvais encodage ? Lisez-le avant de le compter.")
                                        .arg(pct(p.knownShare), pct(p.oneLetterShare))
                                        .arg(std::lround(100 * p.garbledShare))
                                  : tr("importé, mais son texte semble abîmé : %1 de lettres isolées, %2 caractères "
                                       "brouillés pour 100 mots. Un scan, des titres espacés ou un mauvais encodage ? "
                                       "Lisez-le avant de le compter.")
                                        .arg(pct(p.oneLetterShare))
                                        .arg(std::lround(100 * p.garbledShare)));
    }
    case SameTextOtherList:
        return tr("le même texte est déjà le document de la liste %1 de la commune %2 au tour %3 de %4 : il "
                  "le reste (un texte est un seul document ; retirez-le de l'étude pour le changer de liste)")
            .arg(p.listPanel)
            .arg(fromStd(p.value))
            .arg(p.listRound)
            .arg(p.listYear);
    case HtmlUnparsable:
        return tr("la page HTML ne peut pas être analysée");
    // ZIP archives, under .docx and .odt files
    case NotZip:
        return tr("ce n'est pas une archive ZIP, ce que sont les documents .docx et .odt");
    case DamagedZip:
        return tr("archive ZIP abîmée (%1)").arg(fromStd(p.detail));
    case UnsupportedZip:
        return tr("archive ZIP non prise en charge (%1)").arg(fromStd(p.detail));
    case ZipBomb:
        return tr("archive refusée par précaution : ce pourrait être une bombe de décompression (%1)")
            .arg(fromStd(p.detail));
    case MissingZipEntry:
        return tr("l'archive ZIP n'a pas d'entrée « %1 »").arg(fromStd(p.part));
    case OutOfMemory:
        return tr("mémoire insuffisante (%1)").arg(fromStd(p.detail));
    // Word and OpenDocument
    case OldWordDocument:
        return tr("ce n'est pas un fichier .docx : document Word de l'ancien format (.doc), ou protégé par un mot de "
                  "passe");
    case NotWordDocument:
        return tr("ce n'est pas un document Word (word/document.xml manque)");
    case NotOpenDocument:
        return p.value.empty() ? tr("ce n'est pas un texte OpenDocument (%1)").arg(fromStd(p.detail))
                               : tr("ce n'est pas un texte OpenDocument (type MIME %1)").arg(fromStd(p.value));
    case PasswordProtectedOdt:
        return tr("texte OpenDocument protégé par un mot de passe : enregistrez-le sans protection");
    case DamagedOfficeXml: {
        const QString what = p.detail.empty() ? tr("XML mal formé") : fromStd(p.detail);
        return p.partLine > 0
            ? tr("document abîmé : %1 (%2, ligne %3)").arg(what, fromStd(p.part), locale.toString(p.partLine))
            : tr("document abîmé : %1 (%2)").arg(what, fromStd(p.part));
    }
    case OfficeDoctype:
        return tr("document abîmé : %1 contient une déclaration de type de document, ce dont un fichier Office n'a "
                  "jamais besoin")
            .arg(fromStd(p.part));
    // Manifests and projects lists
    case CannotOpenList:
        return tr("le fichier ne peut pas être ouvert");
    case ListNotUtf8:
        return tr("ce n'est pas du texte UTF-8 (enregistrez-le en UTF-8) : premier caractère invalide à la %1")
            .arg(at());
    case UnterminatedQuote:
        return tr("un champ ouvert par des guillemets n'est jamais refermé");
    case InvalidJson:
        return tr("JSON invalide (%1)").arg(fromStd(p.detail));
    case JsonNotList:
        return tr("il faut une liste de %1 : un tableau JSON, ou {\"%1\": [...]}").arg(fromStd(p.expected));
    case JsonEntryNotObject:
        return tr("chaque entrée doit être un objet JSON");
    case JsonValueNotScalar:
        return tr("« %1 » doit être un texte ou un nombre").arg(fromStd(p.column));
    case UnknownColumn:
        return tr("colonne inconnue « %1 » (colonnes possibles : %2)").arg(fromStd(p.column), fromStd(p.expected));
    case UnknownKey:
        return tr("clé inconnue « %1 »").arg(fromStd(p.column));
    case MissingColumn:
        return tr("il manque la colonne « %1 »").arg(fromStd(p.column));
    case WrongFieldCount:
        return tr("%1 champs, alors que l'en-tête en a %2").arg(fromStd(p.value), fromStd(p.expected));
    case EmptyList:
        return tr("fichier vide");
    case NotWholeNumber:
        return tr("%1 : « %2 » n'est pas un nombre entier").arg(fromStd(p.column), fromStd(p.value));
    case BadYesNo:
        return tr("%1 : « %2 » devrait être oui ou non (ou 1/0, true/false)").arg(fromStd(p.column), fromStd(p.value));
    case BadAmount:
        return tr("%1 : « %2 » n'est pas un montant").arg(fromStd(p.column), fromStd(p.value));
    case UnknownDocumentKind:
        return tr("%1 : « %2 » n'est pas un type de document (%3)")
            .arg(fromStd(p.column), fromStd(p.value), fromStd(p.expected));
    case OutOfRange:
        return tr("%1 : « %2 » est hors des valeurs possibles (%3)")
            .arg(fromStd(p.column), fromStd(p.value), fromStd(p.expected));
    case BadFileName:
        return tr("%1 : « %2 » n'est pas un nom de fichier (il contient un caractère de contrôle)")
            .arg(fromStd(p.column), fromStd(p.value));
    case MissingFile:
        return tr("aucun fichier indiqué");
    case MissingTitle:
        return tr("un projet doit avoir un titre");
    // Cities
    case NoCityName:
        return tr("aucun nom de commune");
    case UnknownDepartment:
        return tr("département inconnu « %1 »").arg(fromStd(p.department));
    case UnknownCommune:
        return tr("commune inconnue « %1 »").arg(fromStd(p.value));
    case CommuneNotInDepartment:
        return p.department.empty()
            ? tr("aucune commune « %1 » dans ce département").arg(fromStd(p.value))
            : tr("aucune commune « %1 » dans le département %2").arg(fromStd(p.value), fromStd(p.department));
    case AmbiguousCommune: {
        QStringList codes;
        for (const std::string &code : p.candidates)
            codes << fromStd(code);
        return tr("%1 communes s'appellent « %2 » : indiquez le département ou le code INSEE (%3)")
            .arg(locale.toString(codes.size()), fromStd(p.value), codes.join(QStringLiteral(", ")));
    }
    case Other:
        return fromStd(p.detail);
    }
    return fromStd(p.message()); // not reached: every kind has its case
}

QString ImportProblemText::describe(const QString &shownName, const core::ImportProblem &problem)
{
    if (problem.line > 0)
        return tr("%1, ligne %2 : %3").arg(shownName, QLocale().toString(problem.line), reason(problem));
    return tr("%1 : %2").arg(shownName, reason(problem));
}

} // namespace vigie::gui
