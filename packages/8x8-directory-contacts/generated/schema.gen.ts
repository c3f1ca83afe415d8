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
        /**
         * Search contacts
         * @description Find contacts of the directory (company, corporate and service contacts)
         *     with a FIQL `filter`, one page at a time. Each page says whether more
         *     follow (`meta.hasMore`) and gives the `scrollId` to fetch the next one;
         *     the client's `paginate` entry walks every page for you. Searching takes
         *     the Contact Search key, not the Contact Management key.
         */
        get: operations["searchContacts"];
        put?: never;
        /**
         * Create contact
         * @description Add a company contact to the directory. The answer is the new contact,
         *     with the `id` to keep for replacing or deleting it later.
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
                 * @description The contact's `id`, as returned when it was created or found. Treat it as
                 *     an opaque string. Reading: no format is assumed, because the guide's ids
                 *     are 22-character strings such as `2h_JNsaISleZWA36GRh3YQ` and the create
                 *     example's is a UUID.
                 * @example 2h_JNsaISleZWA36GRh3YQ
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Replace contact
         * @description Replace a company contact with the complete new state you send: fields
         *     left out are reset to their defaults or to `null`. The answer is the
         *     contact as stored. Do not send `createdTimestamp` or `updatedTimestamp`.
         */
        put: operations["replaceContact"];
        post?: never;
        /**
         * Delete contact
         * @description Delete a company contact for good: it cannot be undone, so check the
         *     `id` first. The answer has no body.
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
        /** @description A postal address of the contact. */
        Address: {
            /**
             * Format: int64
             * @description Identifier of the address, assigned by 8x8. A replace may answer with new identifiers.
             * @example 4038630
             */
            readonly id?: number;
            /**
             * @description What the address is for: `HOME`, `WORK` or `OTHER`; other values may
             *     come back. Reading: `BUSINESS` is a known value too, because the Contact
             *     Search example returns it.
             * @example WORK
             * @enum {string}
             */
            purposeType?: "HOME" | "WORK" | "OTHER" | "BUSINESS" | (string & {});
            /**
             * @description Whether this is the contact's main address.
             * @example true
             */
            primary?: boolean | null;
            /**
             * @description Street number.
             * @example 675
             */
            streetNumber?: string | null;
            /**
             * @description Street name.
             * @example 1st St
             */
            streetName?: string | null;
            /**
             * @description Apartment number.
             * @example 102
             */
            apartmentNumber?: string | null;
            /**
             * @description City.
             * @example San Jose
             */
            city?: string | null;
            /**
             * @description County.
             * @example Santa Clara
             */
            county?: string | null;
            /**
             * @description State or region.
             * @example California
             */
            state?: string | null;
            /**
             * @description Postal code.
             * @example 95131
             */
            postalCode?: string | null;
            /**
             * @description Country, as a name such as `United States`.
             * @example United States
             */
            country?: string | null;
            /**
             * @description Free-text notes about the address.
             * @example 8x8 Headquarters
             */
            notes?: string | null;
        };
        /** @description An e-mail address of the contact. */
        Email: {
            /**
             * Format: int64
             * @description Identifier of the e-mail entry, assigned by 8x8. A replace may answer with new identifiers.
             * @example 5106357
             */
            readonly id?: number;
            /**
             * Format: email
             * @description The e-mail address.
             * @example john.doe@example.com
             */
            email: string;
            /**
             * @description Whether this is the contact's main e-mail address.
             * @example true
             */
            primary: boolean;
            /**
             * @description What the address is for: `HOME`, `WORK` or `OTHER`; other values may
             *     come back. Reading: compare without regard to case, because the create
             *     example answers `work`.
             * @example WORK
             * @enum {string}
             */
            purposeType: "HOME" | "WORK" | "OTHER" | "home" | "work" | "other" | (string & {});
        };
        /** @description A phone number of the contact. */
        Phone: {
            /**
             * Format: int64
             * @description Identifier of the phone entry, assigned by 8x8. A replace may answer with new identifiers.
             * @example 3115234
             */
            readonly id?: number;
            /**
             * @description The phone number, as stored (E.164 such as `+18005551234`, or a national form).
             * @example +18005551234
             */
            phone: string;
            /**
             * @description Whether this is the contact's main phone number.
             * @example true
             */
            primary: boolean;
            /**
             * @description What the number is for; other values may come back.
             * @example WORK
             * @enum {string}
             */
            purposeType: "HOME" | "HOME_FAX" | "WORK" | "WORK_FAX" | "MOBILE" | "PAGER" | "OTHER" | (string & {});
            /**
             * @description Where the number comes from; `EXTERNAL` for numbers added through this API.
             * @example EXTERNAL
             * @enum {string}
             */
            source?: "EXTERNAL" | (string & {});
        };
        /** @description A custom field of the contact and its value. */
        Tag: {
            /**
             * Format: int64
             * @description Identifier of the tag, assigned by 8x8. A replace may answer with new identifiers.
             * @example 3248976
             */
            readonly id?: number;
            /**
             * @description Which custom field this is, `customField1` to `customField10`.
             * @example customField1
             * @enum {string}
             */
            name: "customField1" | "customField2" | "customField3" | "customField4" | "customField5" | "customField6" | "customField7" | "customField8" | "customField9" | "customField10" | (string & {});
            /**
             * @description The custom field's value.
             * @example value1
             */
            value?: string | null;
        };
        /**
         * @description An extension of the contact. Extensions are set up by 8x8; this API only
         *     returns them.
         */
        Extension: {
            /**
             * Format: int64
             * @description Identifier of the extension entry.
             * @example 52400
             */
            id?: number;
            /**
             * @description The `id` of the contact the extension belongs to.
             * @example 2h_JNsaISleZWA36GRh3YQ
             */
            contactId?: string;
            /**
             * @description The extension number, a string of digits.
             * @example 60000001
             */
            extension?: string | null;
            /**
             * @description The fully qualified extension number, a string of digits.
             * @example 1460000001
             */
            fqExtension?: string | null;
            /**
             * @description Whether the extension is for unified communications (`UC`) or the contact center (`CC`); other values may come back.
             * @example CC
             * @enum {string}
             */
            extensionType?: "UC" | "CC" | (string & {});
            /**
             * @description Whether the contact is shown in the directory through this extension.
             * @example true
             */
            displayInDirectory?: boolean | null;
            /**
             * @description Whether the extension is hidden in the Auto Attendant.
             * @example true
             */
            hideInAA?: boolean | null;
            /**
             * @description Identifier of the extension's site.
             * @example ovYzzgfDSDqolA3RbhWjbw
             */
            branchId?: string | null;
            /**
             * @description Name of the extension's site.
             * @example ContactSite
             */
            branchName?: string | null;
            /**
             * @description Identifier of the extension's PBX.
             * @example bhjLT03CTJuVwgAy9y3DOQ
             */
            pbxId?: string | null;
            /**
             * @description Name of the extension's PBX.
             * @example qmsarealenv1
             */
            pbxName?: string | null;
            /**
             * @description Identifier of the extension's subscription.
             * @example aK60JcBERnKIya9Rt7BCxA
             */
            subscriptionId?: string | null;
            /**
             * @description The kind of service of the extension; other values may come back.
             * @example UE
             * @enum {string}
             */
            subscriptionType?: "UE" | "VCCE" | "RG" | "CQ" | "AA" | (string & {});
        };
        /**
         * @description A contact of the company directory as the API returns it. Company contacts
         *     are the ones this API creates, replaces and deletes; corporate and service
         *     contacts are pre-configured by 8x8 and only read, through Contact Search.
         *     Which fields are filled depends on the contact's type. A replace sets the
         *     fields it was not given to their defaults or to `null`, so any optional
         *     field may come back `null`.
         */
        Contact: {
            /**
             * @description The contact's identifier, assigned by 8x8: keep it to replace or delete
             *     the contact. Treat it as an opaque string. Reading: no format is
             *     assumed, because the guide's ids are 22-character strings such as
             *     `2h_JNsaISleZWA36GRh3YQ` and the create example's is a UUID.
             * @example 2h_JNsaISleZWA36GRh3YQ
             */
            readonly id: string;
            /**
             * @description What kind of contact this is: `company` (added by hand, the only kind
             *     this API changes), `corporate` or `service` (set up by 8x8). Other
             *     values may be added later.
             * @example company
             * @enum {string}
             */
            readonly contactType: "company" | "corporate" | "service" | (string & {});
            /**
             * @description The 8x8 customer account the contact belongs to.
             * @example 0016C00000VM1BeQAL
             */
            customerId: string;
            /**
             * @description The contact's full name, e.g. `James Edward Miller`. Reading: treated
             *     as returned only, because it appears in the guide's example but in
             *     none of its tables.
             * @example James Edward Miller
             */
            readonly name?: string | null;
            /**
             * @description First name (company and corporate contacts).
             * @example John
             */
            firstName?: string | null;
            /**
             * @description Middle name (company and corporate contacts).
             * @example Edward
             */
            middleName?: string | null;
            /**
             * @description Last name (company and corporate contacts).
             * @example Doe
             */
            lastName?: string | null;
            /**
             * @description Nickname (company and corporate contacts).
             * @example johnny
             */
            nickName?: string | null;
            /**
             * @description Name of the company (company contacts).
             * @example 8x8, Inc.
             */
            companyName?: string | null;
            /**
             * @description Department (company and corporate contacts).
             * @example Research and Development
             */
            department?: string | null;
            /**
             * @description Job title.
             * @example Software Eng.
             */
            jobTitle?: string | null;
            /**
             * @description Physical or office location, as free text (company contacts).
             * @example San Jose, CA
             */
            location?: string | null;
            /**
             * @description Language of the contact, as a language code such as `en-US` or `en_US`.
             * @example en_US
             */
            locale?: string | null;
            /**
             * @description Time zone, as a region-based id such as `America/Los_Angeles`.
             * @example America/Los_Angeles
             */
            timeZone?: string | null;
            /**
             * @description Identifier of the site where the contact is located.
             * @example ovYzzgfDSDqolA3RbhWjbw
             */
            branchId?: string | null;
            /**
             * @description Name of the site where the contact is located.
             * @example Tech Support Division
             */
            branchName?: string | null;
            /**
             * @description Identifier of the PBX the contact is tied to.
             * @example bhjLT03CTJuVwgAy9y3DOQ
             */
            pbxId?: string | null;
            /**
             * @description Name of the PBX the contact is tied to.
             * @example qmsarealenv1
             */
            pbxName?: string | null;
            /**
             * @description Identifier of the user a corporate contact is assigned to.
             * @example bhjT03CtUvWgAy9b3DOQ
             */
            readonly assignedUserId?: string | null;
            /**
             * @description A hash of the contact's picture, to tell whether it changed.
             * @example a046a853f0e131f18001d1174d
             */
            readonly pictureHash?: string | null;
            /**
             * @description Whether a corporate contact with no extension (such as a user with no
             *     license) is shown in the directory. Ignored once the contact has an
             *     extension: each extension's `displayInDirectory` applies instead.
             * @example false
             */
            readonly displayWhenNoExtension?: boolean | null;
            /**
             * @description Whether the contact is hidden in the Auto Attendant. Reading: accepted
             *     on the contact as well as on each extension, because the guide's
             *     example puts it on the contact and its tables on the extension.
             * @example false
             */
            readonly hideInAA?: boolean | null;
            /**
             * @description Identifier of a service contact's subscription. A legacy field, kept for reference only.
             * @example 0_0qy7cCMFK1HEXLZZA
             */
            readonly subscriptionId?: string | null;
            /**
             * @description Name of a service contact's subscription plan or service.
             * @example Helpdesk
             */
            readonly subscriptionName?: string | null;
            /**
             * @description The kind of service of a service contact; other values may be added later.
             * @example CQ
             * @enum {string}
             */
            readonly subscriptionType?: "UE" | "VCCE" | "RG" | "CQ" | "AA" | (string & {});
            /**
             * @description Identifier of a service contact's subscription user.
             * @example 0eDDyAIIQU1Sb771BB23g
             */
            readonly subscriptionUserId?: string | null;
            /**
             * Format: int64
             * @description When the contact was created, in milliseconds since the Unix epoch.
             *     Reading: epoch milliseconds, because the examples are 13-digit numbers.
             * @example 1621341000000
             */
            readonly createdTimestamp?: number;
            /**
             * Format: int64
             * @description When the contact was last changed, in milliseconds since the Unix epoch.
             * @example 1678182231575
             */
            readonly updatedTimestamp?: number;
            /** @description Postal addresses. */
            addresses?: components["schemas"]["Address"][];
            /** @description E-mail addresses; at most one is primary. */
            emails?: components["schemas"]["Email"][];
            /** @description Phone numbers; at most one is primary. */
            phones?: components["schemas"]["Phone"][];
            /** @description Custom fields (`customField1` to `customField10`) and their values. */
            tags?: components["schemas"]["Tag"][];
            /** @description The contact's extensions, set up by 8x8 and only read through this API. */
            readonly extensions?: components["schemas"]["Extension"][];
        };
        /** @description One page of a contact search, and how to fetch the next one. */
        ContactPage: {
            /** @description The contacts of this page. */
            data: components["schemas"]["Contact"][];
            /** @description Where this page stands in the search. */
            meta: {
                /**
                 * @description Whether more contacts follow this page.
                 * @example false
                 */
                hasMore: boolean;
                /**
                 * @description The cursor of the next page, to send as `scrollId`; `null` after the last page.
                 * @example null
                 */
                scrollId?: string | null;
            };
        };
        /** @description A postal address of the contact. No field is required. */
        AddressInput: {
            /**
             * @description What the address is for: `HOME`, `WORK` or `OTHER`. Reading: `BUSINESS`
             *     is accepted too, because the Contact Search example returns it.
             * @example WORK
             * @enum {string}
             */
            purposeType?: "HOME" | "WORK" | "OTHER" | "BUSINESS";
            /**
             * @description Whether this is the contact's main address.
             * @example true
             */
            primary?: boolean;
            /**
             * @description Street number, up to 8 characters.
             * @example 675
             */
            streetNumber?: string;
            /**
             * @description Street name, up to 64 characters.
             * @example 1st St
             */
            streetName?: string;
            /**
             * @description Apartment number, up to 5 characters, or `null`. Reading: any
             *     characters are accepted, because the guide's "Max 5 digits" does not
             *     say digits only.
             * @example 102
             */
            apartmentNumber?: string | null;
            /**
             * @description City, up to 64 characters.
             * @example San Jose
             */
            city?: string;
            /**
             * @description County, up to 64 characters.
             * @example Santa Clara
             */
            county?: string;
            /**
             * @description State or region, up to 64 characters.
             * @example California
             */
            state?: string;
            /**
             * @description Postal code, up to 16 characters.
             * @example 95131
             */
            postalCode?: string;
            /**
             * @description Country, up to 64 characters, as a name such as `United States`.
             * @example United States
             */
            country?: string;
            /**
             * @description Free-text notes about the address, up to 128 characters.
             * @example 8x8 Headquarters
             */
            notes?: string;
        };
        /** @description An entry marked primary; a contact's e-mails and phones may hold at most one. */
        PrimaryEntry: {
            /**
             * @description Marked as the contact's main entry.
             * @constant
             */
            primary: true;
        };
        /** @description An e-mail address of the contact. Only one of a contact's e-mail addresses may be primary. */
        EmailInput: {
            /**
             * Format: email
             * @description A valid e-mail address, unique to the contact.
             * @example john.doe@example.com
             */
            email: string;
            /**
             * @description Whether this is the contact's main e-mail address.
             * @example true
             */
            primary: boolean;
            /**
             * @description What the address is for: `HOME`, `WORK` or `OTHER`. Reading: the
             *     lowercase forms are accepted too, because the create example sends
             *     `work`.
             * @example WORK
             * @enum {string}
             */
            purposeType: "HOME" | "WORK" | "OTHER" | "home" | "work" | "other";
        };
        /** @description A phone number of the contact. Only one of a contact's phone numbers may be primary. */
        PhoneInput: {
            /**
             * @description A valid phone number, unique to the contact. E.164 without punctuation
             *     (`+18005551234`) is recommended; national forms are accepted.
             * @example +18005551234
             */
            phone: string;
            /**
             * @description Whether this is the contact's main phone number.
             * @example true
             */
            primary: boolean;
            /**
             * @description What the number is for.
             * @example WORK
             * @enum {string}
             */
            purposeType: "HOME" | "HOME_FAX" | "WORK" | "WORK_FAX" | "MOBILE" | "PAGER" | "OTHER";
            /**
             * @description Where the number comes from; `EXTERNAL` is the only value.
             * @example EXTERNAL
             * @enum {string}
             */
            source?: "EXTERNAL";
        };
        /** @description A custom field of the contact and its value. */
        TagInput: {
            /**
             * @description Which custom field to set, `customField1` to `customField10`.
             * @example customField1
             * @enum {string}
             */
            name: "customField1" | "customField2" | "customField3" | "customField4" | "customField5" | "customField6" | "customField7" | "customField8" | "customField9" | "customField10";
            /**
             * @description The custom field's value, up to 254 characters.
             * @example value1
             */
            value?: string;
        };
        /**
         * @description A new company contact. `customerId` is required. Fields that 8x8 sets
         *     (the contact's `id`, its extensions, timestamps, picture hash and the
         *     corporate and service fields) are refused.
         */
        CreateContactRequest: {
            /**
             * @description The kind of contact: always `company`, the only kind this API changes.
             *     Reading: optional, because the guide marks it both mandatory and read
             *     only while the examples send it.
             * @example company
             * @enum {string}
             */
            contactType?: "company";
            /**
             * @description The 8x8 customer account the contact belongs to, up to 32 characters.
             * @example 0016C00000VM1BeQAL
             */
            customerId: string;
            /**
             * @description First name, up to 128 characters.
             * @example John
             */
            firstName?: string;
            /**
             * @description Middle name, up to 30 characters.
             * @example Edward
             */
            middleName?: string;
            /**
             * @description Last name, up to 30 characters.
             * @example Doe
             */
            lastName?: string;
            /**
             * @description Nickname, up to 30 characters.
             * @example johnny
             */
            nickName?: string;
            /**
             * @description Name of the company, up to 128 characters.
             * @example 8x8, Inc.
             */
            companyName?: string;
            /**
             * @description Department, up to 100 characters.
             * @example Research and Development
             */
            department?: string;
            /**
             * @description Job title. Reading: accepted, because the create and replace examples
             *     send it, although the guide lists it as read only for corporate
             *     contacts.
             * @example Software Eng.
             */
            jobTitle?: string;
            /**
             * @description Physical or office location as free text, up to 128 characters.
             * @example San Jose, CA
             */
            location?: string;
            /**
             * @description Language of the contact, as a language code such as `en-US` or `en_US`.
             * @example en_US
             */
            locale?: string;
            /**
             * @description Time zone, as a region-based id such as `America/New_York`; offsets
             *     such as `+05:00` are refused.
             * @example America/Los_Angeles
             */
            timeZone?: string;
            /**
             * @description Identifier of the site where the contact is located, up to 64 characters.
             * @example br_301
             */
            branchId?: string;
            /**
             * @description Name of the site where the contact is located, up to 128 characters.
             * @example Tech Support Division
             */
            branchName?: string;
            /**
             * @description Identifier of the PBX the contact is tied to, up to 32 characters.
             * @example bhjLT03CTJuVwgAy9y3DOQ
             */
            pbxId?: string;
            /**
             * @description Name of the PBX the contact is tied to, up to 32 characters.
             * @example qmsarealenv1
             */
            pbxName?: string;
            /** @description Postal addresses. */
            addresses?: components["schemas"]["AddressInput"][];
            /** @description E-mail addresses; at most one may be primary. */
            emails?: components["schemas"]["EmailInput"][];
            /** @description Phone numbers; at most one may be primary. */
            phones?: components["schemas"]["PhoneInput"][];
            /** @description Custom fields to set. */
            tags?: components["schemas"]["TagInput"][];
        };
        /**
         * @description The complete new state of a company contact: fields left out are reset to
         *     their defaults or to `null`. `customerId` is required. Fields that 8x8
         *     sets (extensions, timestamps, picture hash and the corporate and service
         *     fields) are refused.
         */
        ReplaceContactRequest: {
            /**
             * @description The contact's `id`, the same as in the path. Reading: accepted and
             *     optional, because the replace example sends it while the guide lists
             *     it as read only.
             * @example 2h_JNsaISleZWA36GRh3YQ
             */
            id?: string;
            /**
             * @description The kind of contact: always `company`, the only kind this API changes.
             *     Reading: optional, because the guide marks it both mandatory and read
             *     only while the examples send it.
             * @example company
             * @enum {string}
             */
            contactType?: "company";
            /**
             * @description The 8x8 customer account the contact belongs to, up to 32 characters.
             * @example 0016C00000VM1BeQAL
             */
            customerId: string;
            /**
             * @description First name, up to 128 characters.
             * @example John
             */
            firstName?: string;
            /**
             * @description Middle name, up to 30 characters.
             * @example Edward
             */
            middleName?: string;
            /**
             * @description Last name, up to 30 characters.
             * @example Doe
             */
            lastName?: string;
            /**
             * @description Nickname, up to 30 characters.
             * @example johnny
             */
            nickName?: string;
            /**
             * @description Name of the company, up to 128 characters.
             * @example 8x8, Inc.
             */
            companyName?: string;
            /**
             * @description Department, up to 100 characters.
             * @example Research and Development
             */
            department?: string;
            /**
             * @description Job title. Reading: accepted, because the create and replace examples
             *     send it, although the guide lists it as read only for corporate
             *     contacts.
             * @example Software Eng.
             */
            jobTitle?: string;
            /**
             * @description Physical or office location as free text, up to 128 characters.
             * @example San Jose, CA
             */
            location?: string;
            /**
             * @description Language of the contact, as a language code such as `en-US` or `en_US`.
             * @example en_US
             */
            locale?: string;
            /**
             * @description Time zone, as a region-based id such as `America/New_York`; offsets
             *     such as `+05:00` are refused.
             * @example America/Los_Angeles
             */
            timeZone?: string;
            /**
             * @description Identifier of the site where the contact is located, up to 64 characters.
             * @example br_301
             */
            branchId?: string;
            /**
             * @description Name of the site where the contact is located, up to 128 characters.
             * @example Tech Support Division
             */
            branchName?: string;
            /**
             * @description Identifier of the PBX the contact is tied to, up to 32 characters.
             * @example bhjLT03CTJuVwgAy9y3DOQ
             */
            pbxId?: string;
            /**
             * @description Name of the PBX the contact is tied to, up to 32 characters.
             * @example qmsarealenv1
             */
            pbxName?: string;
            /** @description Postal addresses. */
            addresses?: components["schemas"]["AddressInput"][];
            /** @description E-mail addresses; at most one may be primary. */
            emails?: components["schemas"]["EmailInput"][];
            /** @description Phone numbers; at most one may be primary. */
            phones?: components["schemas"]["PhoneInput"][];
            /** @description Custom fields to set. */
            tags?: components["schemas"]["TagInput"][];
        };
    };
    responses: {
        /**
         * @description Too many requests: a customer account may make 60 requests a minute, in a
         *     rolling window shared by all of its keys (Contact Management and Contact
         *     Search). Wait and send the request again; the client retries it for you.
         */
        TooManyRequests: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The contact's `id`, as returned when it was created or found. Treat it as
         *     an opaque string. Reading: no format is assumed, because the guide's ids
         *     are 22-character strings such as `2h_JNsaISleZWA36GRh3YQ` and the create
         *     example's is a UUID.
         * @example 2h_JNsaISleZWA36GRh3YQ
         */
        ContactId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type Address = components['schemas']['Address'];
export type Email = components['schemas']['Email'];
export type Phone = components['schemas']['Phone'];
export type Tag = components['schemas']['Tag'];
export type Extension = components['schemas']['Extension'];
export type Contact = components['schemas']['Contact'];
export type ContactPage = components['schemas']['ContactPage'];
export type AddressInput = components['schemas']['AddressInput'];
export type PrimaryEntry = components['schemas']['PrimaryEntry'];
export type EmailInput = components['schemas']['EmailInput'];
export type PhoneInput = components['schemas']['PhoneInput'];
export type TagInput = components['schemas']['TagInput'];
export type CreateContactRequest = components['schemas']['CreateContactRequest'];
export type ReplaceContactRequest = components['schemas']['ReplaceContactRequest'];
export type ResponseTooManyRequests = components['responses']['TooManyRequests'];
export type ParameterContactId = components['parameters']['ContactId'];
export type $defs = Record<string, never>;
export interface operations {
    searchContacts: {
        parameters: {
            query?: {
                /**
                 * @description Which contacts to return, as a FIQL expression such as
                 *     `firstName==John`; with no filter, every contact is returned.
                 *     Operators: `==`, `!=`, `=gt=` (`>`), `=ge=` (`>=`), `=lt=` (`<`),
                 *     `=le=` (`<=`), `=in=`, `=out=`, `;` (and), `,` (or), and `*` as a
                 *     wildcard. Fields of addresses, e-mails, phones, tags and extensions
                 *     take a singular prefix: `address.city`, `address.streetName`,
                 *     `email.email`, `email.purposeType`, `email.primary`, `phone.phone`,
                 *     `phone.purposeType`, `tag.id`, `tag.name`, `extension.extension`,
                 *     `extension.pbxName`, `extension.pbxId`.
                 * @example firstName==John
                 */
                filter?: string;
                /**
                 * @description Which parts of each contact to include, as a comma-separated list.
                 *     Reading: `PICTURE` is accepted too, because earlier versions of the
                 *     page list it.
                 * @example [
                 *       "PHONE",
                 *       "ADDRESS"
                 *     ]
                 */
                details?: ("TAG" | "ADDRESS" | "PHONE" | "EMAIL" | "EXTENSION" | "PICTURE")[];
                /**
                 * @description The size of the pictures to include with `details=PICTURE`. Reading:
                 *     accepted, because earlier versions of the page list it.
                 * @example SMALL
                 */
                pictureSize?: "ORIGINAL" | "SMALL" | "MEDIUM" | "LARGE" | "XLARGE";
                /**
                 * @description Whether to return only the contacts that are shown in the directory.
                 * @example true
                 */
                filterByDisplayFlag?: boolean;
                /**
                 * @description How many contacts a page holds at most.
                 * @example 100
                 */
                size?: number;
                /**
                 * @description The order of the results, as `<field>,<ASC|DESC>`. Paging with
                 *     `scrollId` needs the results sorted on `id`, e.g. `id,ASC`.
                 * @example id,ASC
                 */
                sort?: string;
                /**
                 * @description Whether to page with `scrollId`, the cursor each page returns.
                 * @example true
                 */
                useScrollId?: boolean;
                /**
                 * @description The cursor of the page to fetch, from the previous page's `meta.scrollId`; leave it out for the first page.
                 * @example FGluY2x1ZGVfY29udGV4dF91dWlkDXF1ZXJ5QW5kRmV0Y2gBFkZ
                 */
                scrollId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of matching contacts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPage"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
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
                "application/json": components["schemas"]["CreateContactRequest"];
            };
        };
        responses: {
            /** @description The contact was created; the body is the new contact, including its `id`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    replaceContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's `id`, as returned when it was created or found. Treat it as
                 *     an opaque string. Reading: no format is assumed, because the guide's ids
                 *     are 22-character strings such as `2h_JNsaISleZWA36GRh3YQ` and the create
                 *     example's is a UUID.
                 * @example 2h_JNsaISleZWA36GRh3YQ
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        /** @description The complete new state of the contact. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReplaceContactRequest"];
            };
        };
        responses: {
            /** @description The contact was replaced; the body is the contact as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contact"];
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The contact's `id`, as returned when it was created or found. Treat it as
                 *     an opaque string. Reading: no format is assumed, because the guide's ids
                 *     are 22-character strings such as `2h_JNsaISleZWA36GRh3YQ` and the create
                 *     example's is a UUID.
                 * @example 2h_JNsaISleZWA36GRh3YQ
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description The contact was deleted. The body is typically empty; its content,
             *     if any, is not documented.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example  */
                    "*/*": unknown;
                };
            };
            429: components["responses"]["TooManyRequests"];
        };
    };
}
