// Generated from specs/8x8-directory-contacts/openapi.yaml by `pnpm generate`. Do not edit by hand:
// change the spec and regenerate.

export interface paths {
    "/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create contact
         * @description Create a new contact by sending a POST request with the necessary
         *     information, as JSON (`Content-Type: application/json`, which the page
         *     lists as required). A successful creation answers `200` with the details
         *     of the new contact, including its `id`: save it for any future reference
         *     (replacing or deleting the contact). The page marks no body field as
         *     required.
         */
        post: operations["createContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the contact, the `id` returned when the contact
                 *     was created. The page does not state its format; every `id` it shows is a
                 *     UUID, so this document reads it as one.
                 * @example c3697cef-5e57-41cc-8720-6db6e8e2a977
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Modify contact
         * @description Replace an existing contact with the updated details, as JSON
         *     (`Content-Type: application/json`, which the page lists as required).
         *     Provide the complete set of fields for the resource: any fields not
         *     included in the request will be set to their default values or
         *     nullified. `createdTimestamp` and `updatedTimestamp` are read only and
         *     should not be included. A successful update answers `200` with the
         *     details of the updated contact.
         */
        put: operations["replaceContact"];
        post?: never;
        /**
         * Delete contact
         * @description Remove a contact from the system. This action is irreversible: deleting
         *     a contact is a permanent action and cannot be undone, so confirm the
         *     contact ID before proceeding. No request body is needed. The page lists
         *     `Content-Type: application/json` as a required header here too, although
         *     there is no body; OpenAPI ignores a `Content-Type` header parameter, so
         *     it is not declared, and sending it is harmless. A successful deletion
         *     answers `200` with an empty body.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description What the address, e-mail address or phone number is used for. The page
         *     shows only "work", spelled both `WORK` and `work` (the e-mail of the create
         *     example), and lists no values, so this document accepts any string rather
         *     than a case-sensitive enumeration. Compare values case-insensitively.
         * @example WORK
         */
        PurposeType: string;
        /** @description A postal address of the contact, as sent in a request. */
        AddressInput: {
            /**
             * @description City.
             * @example San Jose
             */
            city?: string;
            /**
             * @description Country. The page's example is a country name (`United States`), not a code.
             * @example United States
             */
            country?: string;
            /**
             * @description County.
             * @example Santa Clara
             */
            county?: string;
            /**
             * @description Free-text notes about the address.
             * @example 8x8 Headquarters
             */
            notes?: string;
            /**
             * @description Postal code.
             * @example 95131
             */
            postalCode?: string;
            /**
             * @description Whether this is the contact's primary address.
             * @example true
             */
            primary?: boolean;
            purposeType?: components["schemas"]["PurposeType"];
            /**
             * @description State.
             * @example California
             */
            state?: string;
            /**
             * @description Street name.
             * @example 1st St
             */
            streetName?: string;
            /**
             * @description Street number, as a string.
             * @example 675
             */
            streetNumber?: string;
        };
        /** @description An e-mail address of the contact, as sent in a request. */
        EmailInput: {
            /**
             * Format: email
             * @description The e-mail address. The page states no format; the field holds an
             *     e-mail address (the page's examples are obfuscated addresses), so
             *     this document reads it as the `email` format.
             * @example john.doe@example.com
             */
            email?: string;
            /**
             * @description Whether this is the contact's primary e-mail address.
             * @example true
             */
            primary?: boolean;
            purposeType?: components["schemas"]["PurposeType"];
        };
        /** @description A phone number of the contact, as sent in a request. */
        PhoneInput: {
            /**
             * @description The phone number. The page's examples are in E.164 form
             *     (`+18005551234`); it states no format and this document checks none.
             * @example +18005551234
             */
            phone?: string;
            /**
             * @description Whether this is the contact's primary phone number.
             * @example true
             */
            primary?: boolean;
            purposeType?: components["schemas"]["PurposeType"];
            /**
             * @description Where the phone number comes from. The page shows only `EXTERNAL` and
             *     lists no other values, so any string is accepted.
             * @example EXTERNAL
             */
            source?: string;
        };
        /** @description A custom name-value pair on the contact, as sent in a request. */
        TagInput: {
            /**
             * @description Name of the tag.
             * @example customField1
             */
            name?: string;
            /**
             * @description Value of the tag.
             * @example value1
             */
            value?: string;
        };
        /**
         * @description A new contact. The page marks no field as required and states no
         *     constraints beyond the types its example shows; it refers to an Object
         *     Structure Guide for restrictions that it does not reproduce. The contact's
         *     `id`, the `id` of each address, e-mail, phone and tag, and the read-only
         *     `createdTimestamp` / `updatedTimestamp` are assigned by 8x8 and are not
         *     part of a request. The page says the timestamps are read only (and not to
         *     be sent in a PUT); this document rejects them in a create too.
         */
        CreateContactRequest: {
            /**
             * @description Name of the contact's company.
             * @example 8x8, Inc.
             */
            companyName?: string;
            /**
             * @description Type of the contact. The page shows only `company` and lists no other
             *     values, so any string is accepted.
             * @example company
             */
            contactType?: string;
            /**
             * @description Customer identifier of the contact.
             * @example 0016C00000VM1BeQAL
             */
            customerId?: string;
            /**
             * @description Department of the contact.
             * @example Research and Development
             */
            department?: string;
            /**
             * @description First name of the contact.
             * @example John
             */
            firstName?: string;
            /**
             * @description Job title of the contact.
             * @example Software Eng.
             */
            jobTitle?: string;
            /**
             * @description Last name of the contact.
             * @example Doe
             */
            lastName?: string;
            /**
             * @description Locale of the contact. The page's example is `en_US`; it states no format.
             * @example en_US
             */
            locale?: string;
            /**
             * @description Location of the contact, as free text.
             * @example San Jose, CA
             */
            location?: string;
            /**
             * @description Nickname of the contact.
             * @example johnny
             */
            nickName?: string;
            /**
             * @description Identifier of the PBX the contact belongs to.
             * @example bhjLT03CTJuVwgAy9y3DOQ
             */
            pbxId?: string;
            /**
             * @description Name of the PBX the contact belongs to.
             * @example qmsarealenv1
             */
            pbxName?: string;
            /**
             * @description Time zone of the contact. The page's example is the IANA name
             *     `America/Los_Angeles`; it states no format.
             * @example America/Los_Angeles
             */
            timeZone?: string;
            /** @description Postal addresses of the contact. */
            addresses?: components["schemas"]["AddressInput"][];
            /** @description E-mail addresses of the contact. */
            emails?: components["schemas"]["EmailInput"][];
            /** @description Phone numbers of the contact. */
            phones?: components["schemas"]["PhoneInput"][];
            /** @description Custom name-value pairs of the contact. */
            tags?: components["schemas"]["TagInput"][];
        };
        /**
         * @description A postal address of the contact, as returned: the fields of an
         *     AddressInput and the address's `id`. The page shows an `id` on every
         *     address of its responses but does not state that it is always present,
         *     so it is optional.
         */
        Address: {
            /**
             * Format: int64
             * @description Identifier of the address, assigned by 8x8. In the page's example a
             *     replace (PUT) answers with new identifiers.
             * @example 4038630
             */
            id?: number;
            /**
             * @description City.
             * @example San Jose
             */
            city?: string;
            /**
             * @description Country. The page's example is a country name (`United States`), not a code.
             * @example United States
             */
            country?: string;
            /**
             * @description County.
             * @example Santa Clara
             */
            county?: string;
            /**
             * @description Free-text notes about the address.
             * @example 8x8 Headquarters
             */
            notes?: string;
            /**
             * @description Postal code.
             * @example 95131
             */
            postalCode?: string;
            /**
             * @description Whether this is the contact's primary address.
             * @example true
             */
            primary?: boolean;
            purposeType?: components["schemas"]["PurposeType"];
            /**
             * @description State.
             * @example California
             */
            state?: string;
            /**
             * @description Street name.
             * @example 1st St
             */
            streetName?: string;
            /**
             * @description Street number, as a string.
             * @example 675
             */
            streetNumber?: string;
        };
        /**
         * @description An e-mail address of the contact, as returned: the fields of an
         *     EmailInput and the e-mail's `id`. The page shows an `id` on every e-mail
         *     of its responses but does not state that it is always present, so it is
         *     optional.
         */
        Email: {
            /**
             * Format: int64
             * @description Identifier of the e-mail, assigned by 8x8. In the page's example a
             *     replace (PUT) answers with new identifiers.
             * @example 5106357
             */
            id?: number;
            /**
             * Format: email
             * @description The e-mail address. The page states no format; the field holds an
             *     e-mail address (the page's examples are obfuscated addresses), so
             *     this document reads it as the `email` format.
             * @example john.doe@example.com
             */
            email?: string;
            /**
             * @description Whether this is the contact's primary e-mail address.
             * @example true
             */
            primary?: boolean;
            purposeType?: components["schemas"]["PurposeType"];
        };
        /**
         * @description A phone number of the contact, as returned: the fields of a
         *     PhoneInput and the phone's `id`. The page shows an `id` on every phone of
         *     its responses but does not state that it is always present, so it is
         *     optional.
         */
        Phone: {
            /**
             * Format: int64
             * @description Identifier of the phone, assigned by 8x8. In the page's example a
             *     replace (PUT) answers with new identifiers.
             * @example 3115234
             */
            id?: number;
            /**
             * @description The phone number. The page's examples are in E.164 form
             *     (`+18005551234`); it states no format and this document checks none.
             * @example +18005551234
             */
            phone?: string;
            /**
             * @description Whether this is the contact's primary phone number.
             * @example true
             */
            primary?: boolean;
            purposeType?: components["schemas"]["PurposeType"];
            /**
             * @description Where the phone number comes from. The page shows only `EXTERNAL` and
             *     lists no other values, so any string is accepted.
             * @example EXTERNAL
             */
            source?: string;
        };
        /**
         * @description A custom name-value pair of the contact, as returned: the fields of
         *     a TagInput and the tag's `id`. The page shows an `id` on every tag of its
         *     responses but does not state that it is always present, so it is
         *     optional.
         */
        Tag: {
            /**
             * Format: int64
             * @description Identifier of the tag, assigned by 8x8. In the page's example a
             *     replace (PUT) answers with new identifiers.
             * @example 3248976
             */
            id?: number;
            /**
             * @description Name of the tag.
             * @example customField1
             */
            name?: string;
            /**
             * @description Value of the tag.
             * @example value1
             */
            value?: string;
        };
        /**
         * @description A contact as the API returns it: the fields of a request, the contact's
         *     `id`, the `id` of each address, e-mail, phone and tag, and the read-only
         *     timestamps. The page says a successful create answers with the details of
         *     the new contact including its id, so `id` is required; it marks no other
         *     field as required. A replace sets the fields it was not given "to their
         *     default values or nullified"; the page shows no answer with such a field,
         *     so this document does not model `null` and leaves every other field
         *     optional.
         */
        Contact: {
            /**
             * Format: uuid
             * @description The contact's identifier (the page's contactId), assigned by 8x8. Save
             *     it to replace or delete the contact later. The page shows a UUID and
             *     states no format; this document reads it as a UUID.
             * @example c3697cef-5e57-41cc-8720-6db6e8e2a977
             */
            id: string;
            /**
             * @description Name of the contact's company.
             * @example 8x8, Inc.
             */
            companyName?: string;
            /**
             * @description Type of the contact. The page shows only `company` and lists no other
             *     values, so any string is accepted.
             * @example company
             */
            contactType?: string;
            /**
             * @description Customer identifier of the contact.
             * @example 0016C00000VM1BeQAL
             */
            customerId?: string;
            /**
             * @description Department of the contact.
             * @example Research and Development
             */
            department?: string;
            /**
             * @description First name of the contact.
             * @example John
             */
            firstName?: string;
            /**
             * @description Job title of the contact.
             * @example Software Eng.
             */
            jobTitle?: string;
            /**
             * @description Last name of the contact.
             * @example Doe
             */
            lastName?: string;
            /**
             * @description Locale of the contact. The page's example is `en_US`; it states no format.
             * @example en_US
             */
            locale?: string;
            /**
             * @description Location of the contact, as free text.
             * @example San Jose, CA
             */
            location?: string;
            /**
             * @description Nickname of the contact.
             * @example johnny
             */
            nickName?: string;
            /**
             * @description Identifier of the PBX the contact belongs to.
             * @example bhjLT03CTJuVwgAy9y3DOQ
             */
            pbxId?: string;
            /**
             * @description Name of the PBX the contact belongs to.
             * @example qmsarealenv1
             */
            pbxName?: string;
            /**
             * @description Time zone of the contact. The page's example is the IANA name
             *     `America/Los_Angeles`; it states no format.
             * @example America/Los_Angeles
             */
            timeZone?: string;
            /** @description Postal addresses of the contact. */
            addresses?: components["schemas"]["Address"][];
            /** @description E-mail addresses of the contact. */
            emails?: components["schemas"]["Email"][];
            /** @description Phone numbers of the contact. */
            phones?: components["schemas"]["Phone"][];
            /** @description Custom name-value pairs of the contact. */
            tags?: components["schemas"]["Tag"][];
            /**
             * @description Timestamp when the contact was created. Read only. The page names the
             *     field but shows no value, so its type and format are not documented
             *     and not modeled.
             */
            readonly createdTimestamp?: unknown;
            /**
             * @description Timestamp when the contact was last updated. Read only. The page names
             *     the field but shows no value, so its type and format are not
             *     documented and not modeled.
             */
            readonly updatedTimestamp?: unknown;
        };
        /**
         * @description An error body that the page does not document. No shape is assumed: read
         *     it as unknown JSON, and rely on the HTTP status.
         */
        UndocumentedError: unknown;
        /**
         * @description The complete new state of a contact. Provide the complete set of fields
         *     for the resource: any fields not included in the request will be set to
         *     their default values or nullified, the addresses, e-mails, phones and tags
         *     included (send them all again to keep them). Leaving a field out is
         *     therefore allowed, and the page marks no field as required, so none is
         *     required here. `createdTimestamp` and `updatedTimestamp` are read only and
         *     should not be included in any PUT request; a body that names either of
         *     them is rejected.
         */
        ReplaceContactRequest: {
            /**
             * Format: uuid
             * @description The contact's identifier. The page's example repeats it in the body;
             *     it does not say whether it is required or what happens when it
             *     differs from `{contactId}` in the path. It is optional here; when you
             *     send it, send the same value as `{contactId}`.
             * @example c3697cef-5e57-41cc-8720-6db6e8e2a977
             */
            id?: string;
            /**
             * @description Name of the contact's company.
             * @example 8x8, Inc.
             */
            companyName?: string;
            /**
             * @description Type of the contact. The page shows only `company` and lists no other
             *     values, so any string is accepted.
             * @example company
             */
            contactType?: string;
            /**
             * @description Customer identifier of the contact.
             * @example 0016C00000VM1BeQAL
             */
            customerId?: string;
            /**
             * @description Department of the contact.
             * @example Research and Development
             */
            department?: string;
            /**
             * @description First name of the contact.
             * @example John
             */
            firstName?: string;
            /**
             * @description Job title of the contact.
             * @example Software Eng.
             */
            jobTitle?: string;
            /**
             * @description Last name of the contact.
             * @example Doe
             */
            lastName?: string;
            /**
             * @description Locale of the contact. The page's example is `en_US`; it states no format.
             * @example en_US
             */
            locale?: string;
            /**
             * @description Location of the contact, as free text.
             * @example San Jose, CA
             */
            location?: string;
            /**
             * @description Nickname of the contact.
             * @example johnny
             */
            nickName?: string;
            /**
             * @description Identifier of the PBX the contact belongs to.
             * @example bhjLT03CTJuVwgAy9y3DOQ
             */
            pbxId?: string;
            /**
             * @description Name of the PBX the contact belongs to.
             * @example qmsarealenv1
             */
            pbxName?: string;
            /**
             * @description Time zone of the contact. The page's example is the IANA name
             *     `America/Los_Angeles`; it states no format.
             * @example America/Los_Angeles
             */
            timeZone?: string;
            /** @description Postal addresses of the contact. */
            addresses?: components["schemas"]["AddressInput"][];
            /** @description E-mail addresses of the contact. */
            emails?: components["schemas"]["EmailInput"][];
            /** @description Phone numbers of the contact. */
            phones?: components["schemas"]["PhoneInput"][];
            /** @description Custom name-value pairs of the contact. */
            tags?: components["schemas"]["TagInput"][];
        };
    };
    responses: {
        /**
         * @description The `x-api-key` header is missing or its key is not accepted. The page
         *     documents no error status and no error body. It requires the key on every
         *     create, update and delete, and 401 is the HTTP status for a request
         *     without valid credentials, so this is the one error answer this document
         *     declares; its body is left undocumented (any JSON) and the example is an
         *     empty object, not a documented shape. Other failures (an unknown
         *     contact, an invalid body) are not documented either and are not declared.
         */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /** @example {} */
                "application/json": components["schemas"]["UndocumentedError"];
            };
        };
    };
    parameters: {
        /**
         * @description The unique identifier of the contact, the `id` returned when the contact
         *     was created. The page does not state its format; every `id` it shows is a
         *     UUID, so this document reads it as one.
         * @example c3697cef-5e57-41cc-8720-6db6e8e2a977
         */
        ContactId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type PurposeType = components['schemas']['PurposeType'];
export type AddressInput = components['schemas']['AddressInput'];
export type EmailInput = components['schemas']['EmailInput'];
export type PhoneInput = components['schemas']['PhoneInput'];
export type TagInput = components['schemas']['TagInput'];
export type CreateContactRequest = components['schemas']['CreateContactRequest'];
export type Address = components['schemas']['Address'];
export type Email = components['schemas']['Email'];
export type Phone = components['schemas']['Phone'];
export type Tag = components['schemas']['Tag'];
export type Contact = components['schemas']['Contact'];
export type UndocumentedError = components['schemas']['UndocumentedError'];
export type ReplaceContactRequest = components['schemas']['ReplaceContactRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
    createContact: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The new contact. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "companyName": "8x8, Inc.",
                 *       "contactType": "company",
                 *       "customerId": "0016C00000VM1BeQAL",
                 *       "department": "Research and Development",
                 *       "firstName": "John",
                 *       "jobTitle": "Software Eng.",
                 *       "lastName": "Doe",
                 *       "locale": "en_US",
                 *       "location": "San Jose, CA",
                 *       "nickName": "johnny",
                 *       "pbxId": "bhjLT03CTJuVwgAy9y3DOQ",
                 *       "pbxName": "qmsarealenv1",
                 *       "timeZone": "America/Los_Angeles",
                 *       "addresses": [
                 *         {
                 *           "city": "San Jose",
                 *           "country": "United States",
                 *           "county": "Santa Clara",
                 *           "notes": "8x8 Headquarters",
                 *           "postalCode": "95131",
                 *           "primary": true,
                 *           "purposeType": "WORK",
                 *           "state": "California",
                 *           "streetName": "1st St",
                 *           "streetNumber": "675"
                 *         }
                 *       ],
                 *       "emails": [
                 *         {
                 *           "email": "john.doe@example.com",
                 *           "primary": true,
                 *           "purposeType": "work"
                 *         }
                 *       ],
                 *       "phones": [
                 *         {
                 *           "phone": "+18005551234",
                 *           "primary": true,
                 *           "purposeType": "WORK",
                 *           "source": "EXTERNAL"
                 *         }
                 *       ],
                 *       "tags": [
                 *         {
                 *           "name": "customField1",
                 *           "value": "value1"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description A successful creation; the body is the new contact, including its `id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c3697cef-5e57-41cc-8720-6db6e8e2a977",
                     *       "companyName": "8x8, Inc.",
                     *       "contactType": "company",
                     *       "customerId": "0016C00000VM1BeQAL",
                     *       "department": "Research and Development",
                     *       "firstName": "John",
                     *       "jobTitle": "Software Eng.",
                     *       "lastName": "Doe",
                     *       "locale": "en_US",
                     *       "location": "San Jose, CA",
                     *       "nickName": "johnny",
                     *       "pbxId": "bhjLT03CTJuVwgAy9y3DOQ",
                     *       "pbxName": "qmsarealenv1",
                     *       "timeZone": "America/Los_Angeles",
                     *       "addresses": [
                     *         {
                     *           "id": 4038630,
                     *           "city": "San Jose",
                     *           "country": "United States",
                     *           "county": "Santa Clara",
                     *           "notes": "8x8 Headquarters",
                     *           "postalCode": "95131",
                     *           "primary": true,
                     *           "purposeType": "WORK",
                     *           "state": "California",
                     *           "streetName": "1st St",
                     *           "streetNumber": "675"
                     *         }
                     *       ],
                     *       "emails": [
                     *         {
                     *           "id": 5106357,
                     *           "email": "john.doe@example.com",
                     *           "primary": true,
                     *           "purposeType": "work"
                     *         }
                     *       ],
                     *       "phones": [
                     *         {
                     *           "id": 3115234,
                     *           "phone": "+18005551234",
                     *           "primary": true,
                     *           "purposeType": "WORK",
                     *           "source": "EXTERNAL"
                     *         }
                     *       ],
                     *       "tags": [
                     *         {
                     *           "id": 3248976,
                     *           "name": "customField1",
                     *           "value": "value1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    replaceContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the contact, the `id` returned when the contact
                 *     was created. The page does not state its format; every `id` it shows is a
                 *     UUID, so this document reads it as one.
                 * @example c3697cef-5e57-41cc-8720-6db6e8e2a977
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /** @description The complete new state of the contact. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "id": "c3697cef-5e57-41cc-8720-6db6e8e2a977",
                 *       "companyName": "8x8, Inc.",
                 *       "contactType": "company",
                 *       "customerId": "0016C00000VM1BeQAL",
                 *       "department": "Marketing",
                 *       "firstName": "John",
                 *       "jobTitle": "Marketing Manager",
                 *       "lastName": "Doe",
                 *       "locale": "en_US",
                 *       "location": "San Jose, CA",
                 *       "nickName": "johnny",
                 *       "pbxId": "bhjLT03CTJuVwgAy9y3DOQ",
                 *       "pbxName": "qmsarealenv1",
                 *       "timeZone": "America/Los_Angeles",
                 *       "addresses": [
                 *         {
                 *           "city": "New York",
                 *           "country": "United States",
                 *           "county": "New York",
                 *           "notes": "Secondary Office Location",
                 *           "postalCode": "10001",
                 *           "primary": true,
                 *           "purposeType": "WORK",
                 *           "state": "New York",
                 *           "streetName": "5th Ave",
                 *           "streetNumber": "350"
                 *         }
                 *       ],
                 *       "emails": [
                 *         {
                 *           "email": "john.doe@example.com",
                 *           "primary": true,
                 *           "purposeType": "WORK"
                 *         }
                 *       ],
                 *       "phones": [
                 *         {
                 *           "phone": "+18003351234",
                 *           "primary": true,
                 *           "purposeType": "WORK",
                 *           "source": "EXTERNAL"
                 *         }
                 *       ],
                 *       "tags": [
                 *         {
                 *           "name": "customField1",
                 *           "value": "value2"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReplaceContactRequest"];
            };
        };
        responses: {
            /** @description A successful update; the body is the updated contact. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c3697cef-5e57-41cc-8720-6db6e8e2a977",
                     *       "companyName": "8x8, Inc.",
                     *       "contactType": "company",
                     *       "customerId": "0016C00000VM1BeQAL",
                     *       "department": "Marketing",
                     *       "firstName": "John",
                     *       "jobTitle": "Marketing Manager",
                     *       "lastName": "Doe",
                     *       "locale": "en_US",
                     *       "location": "San Jose, CA",
                     *       "nickName": "johnny",
                     *       "pbxId": "bhjLT03CTJuVwgAy9y3DOQ",
                     *       "pbxName": "qmsarealenv1",
                     *       "timeZone": "America/Los_Angeles",
                     *       "addresses": [
                     *         {
                     *           "id": 4038640,
                     *           "city": "New York",
                     *           "country": "United States",
                     *           "county": "New York",
                     *           "notes": "Secondary Office Location",
                     *           "postalCode": "10001",
                     *           "primary": true,
                     *           "purposeType": "WORK",
                     *           "state": "New York",
                     *           "streetName": "5th Ave",
                     *           "streetNumber": "350"
                     *         }
                     *       ],
                     *       "emails": [
                     *         {
                     *           "id": 3115834,
                     *           "email": "john.doe@example.com",
                     *           "primary": true,
                     *           "purposeType": "WORK"
                     *         }
                     *       ],
                     *       "phones": [
                     *         {
                     *           "id": 5106367,
                     *           "phone": "+18003351234",
                     *           "primary": true,
                     *           "purposeType": "WORK",
                     *           "source": "EXTERNAL"
                     *         }
                     *       ],
                     *       "tags": [
                     *         {
                     *           "id": 3228976,
                     *           "name": "customField1",
                     *           "value": "value2"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Contact"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier of the contact, the `id` returned when the contact
                 *     was created. The page does not state its format; every `id` it shows is a
                 *     UUID, so this document reads it as one.
                 * @example c3697cef-5e57-41cc-8720-6db6e8e2a977
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The contact has been removed. The page says the response body will
             *     "typically be empty"; this document declares no body.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
        };
    };
}
