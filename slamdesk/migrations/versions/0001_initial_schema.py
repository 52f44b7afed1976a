"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

from slamdesk.migrations.dialect import on_sqlite

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=60), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('passphrase_hash', sa.String(length=400), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity_type', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('org_number', sa.String(length=40), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_name'), ['name'], unique=False)

    op.create_table('service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service')),
    sa.UniqueConstraint('code', name=op.f('uq_service_code'))
    )
    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('title', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_contact_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_customer_id'), ['customer_id'], unique=False)

    op.create_table('requirements_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_requirements_document_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirements_document'))
    )
    with op.batch_alter_table('requirements_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirements_document_customer_id'), ['customer_id'], unique=False)

    op.create_table('service_level',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('monthly_fee', sa.BigInteger(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('coverage', sa.String(length=60), nullable=False),
    sa.Column('availability_pct', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_service_level_service_id_service'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_level')),
    sa.UniqueConstraint('service_id', 'name', name=op.f('uq_service_level_service_id'))
    )
    with op.batch_alter_table('service_level', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_level_service_id'), ['service_id'], unique=False)

    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('requirements_document_id', sa.Integer(), nullable=True),
    sa.Column('current_version_no', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_agreement_customer_id_customer')),
    sa.ForeignKeyConstraint(['requirements_document_id'], ['requirements_document.id'], name=op.f('fk_agreement_requirements_document_id_requirements_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('number', name=op.f('uq_agreement_number'))
    )
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_customer_id'), ['customer_id'], unique=False)

    op.create_table('requirement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('need', sa.Text(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('site', sa.String(length=200), nullable=False),
    sa.Column('coverage', sa.String(length=60), nullable=False),
    sa.Column('priorities', sa.JSON(), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('service_level_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['requirements_document.id'], name=op.f('fk_requirement_document_id_requirements_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_requirement_service_id_service')),
    sa.ForeignKeyConstraint(['service_level_id'], ['service_level.id'], name=op.f('fk_requirement_service_level_id_service_level')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requirement'))
    )
    with op.batch_alter_table('requirement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requirement_document_id'), ['document_id'], unique=False)

    op.create_table('service_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('level_id', sa.Integer(), nullable=False),
    sa.Column('priority', sa.String(length=4), nullable=False),
    sa.Column('response_minutes', sa.Integer(), nullable=False),
    sa.Column('resolution_minutes', sa.Integer(), nullable=False),
    sa.Column('business_hours', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['level_id'], ['service_level.id'], name=op.f('fk_service_target_level_id_service_level'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_target')),
    sa.UniqueConstraint('level_id', 'priority', name=op.f('uq_service_target_level_id'))
    )
    with op.batch_alter_table('service_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_target_level_id'), ['level_id'], unique=False)

    op.create_table('agreement_version',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('agreement_id', sa.Integer(), nullable=False),
    sa.Column('version_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=30), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('monthly_total', sa.BigInteger(), nullable=False),
    sa.Column('author_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('content_json', sa.Text(), nullable=True),
    sa.Column('content_sha256', sa.String(length=64), nullable=True),
    sa.Column('frozen_at', sa.DateTime(), nullable=True),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['agreement_id'], ['agreement.id'], name=op.f('fk_agreement_version_agreement_id_agreement'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['author_id'], ['app_user.id'], name=op.f('fk_agreement_version_author_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_version')),
    sa.UniqueConstraint('agreement_id', 'version_no', name=op.f('uq_agreement_version_agreement_id'))
    )
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.create_index('ix_agreement_version_status', ['status'], unique=False)

    op.create_table('agreement_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('requirement_id', sa.Integer(), nullable=True),
    sa.Column('service_level_id', sa.Integer(), nullable=False),
    sa.Column('service_name', sa.String(length=200), nullable=False),
    sa.Column('level_name', sa.String(length=60), nullable=False),
    sa.Column('site', sa.String(length=200), nullable=False),
    sa.Column('coverage', sa.String(length=60), nullable=False),
    sa.Column('priorities', sa.String(length=60), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('line_total', sa.BigInteger(), nullable=False),
    sa.Column('availability_pct', sa.BigInteger(), nullable=False),
    sa.Column('targets', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['requirement_id'], ['requirement.id'], name=op.f('fk_agreement_line_requirement_id_requirement')),
    sa.ForeignKeyConstraint(['service_level_id'], ['service_level.id'], name=op.f('fk_agreement_line_service_level_id_service_level')),
    sa.ForeignKeyConstraint(['version_id'], ['agreement_version.id'], name=op.f('fk_agreement_line_version_id_agreement_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement_line'))
    )
    with op.batch_alter_table('agreement_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreement_line_version_id'), ['version_id'], unique=False)

    op.create_table('register_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('format', sa.String(length=10), nullable=False),
    sa.Column('path', sa.String(length=1000), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['app_user.id'], name=op.f('fk_register_document_created_by_id_app_user')),
    sa.ForeignKeyConstraint(['version_id'], ['agreement_version.id'], name=op.f('fk_register_document_version_id_agreement_version')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_register_document'))
    )
    with op.batch_alter_table('register_document', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_register_document_version_id'), ['version_id'], unique=False)

    op.create_table('review_decision',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('reviewer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('decision', sa.String(length=30), nullable=False),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['reviewer_id'], ['app_user.id'], name=op.f('fk_review_decision_reviewer_id_app_user')),
    sa.ForeignKeyConstraint(['version_id'], ['agreement_version.id'], name=op.f('fk_review_decision_version_id_agreement_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_review_decision'))
    )
    with op.batch_alter_table('review_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_review_decision_version_id'), ['version_id'], unique=False)

    op.create_table('signature',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=20), nullable=False),
    sa.Column('signer_name', sa.String(length=200), nullable=False),
    sa.Column('signer_title', sa.String(length=120), nullable=False),
    sa.Column('signed_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['recorded_by_id'], ['app_user.id'], name=op.f('fk_signature_recorded_by_id_app_user')),
    sa.ForeignKeyConstraint(['version_id'], ['agreement_version.id'], name=op.f('fk_signature_version_id_agreement_version'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_signature')),
    sa.UniqueConstraint('version_id', 'party', name=op.f('uq_signature_version_id'))
    )
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_signature_version_id'), ['version_id'], unique=False)


    if on_sqlite():  # PostgreSQL gets these rules in PL/pgSQL in revision 0006
        for statement in TRIGGERS:
            op.execute(statement)


# A signed version is frozen: its content and lines cannot change, and the
# audit log only grows. The database enforces both, whatever the client.
FROZEN_VERSION = "SELECT content_sha256 FROM agreement_version WHERE id = {row}.version_id"
TRIGGERS = [
    """
    CREATE TRIGGER agreement_version_frozen
    BEFORE UPDATE OF agreement_id, version_no, start_date, end_date, monthly_total,
                     author_id, content_json, content_sha256, frozen_at
    ON agreement_version
    WHEN OLD.content_sha256 IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'agreement version is frozen'); END
    """,
    """
    CREATE TRIGGER agreement_version_frozen_delete
    BEFORE DELETE ON agreement_version
    WHEN OLD.content_sha256 IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'agreement version is frozen'); END
    """,
    f"""
    CREATE TRIGGER agreement_line_frozen_insert
    BEFORE INSERT ON agreement_line
    WHEN ({FROZEN_VERSION.format(row="NEW")}) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'agreement version is frozen'); END
    """,
    f"""
    CREATE TRIGGER agreement_line_frozen_update
    BEFORE UPDATE ON agreement_line
    WHEN ({FROZEN_VERSION.format(row="OLD")}) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'agreement version is frozen'); END
    """,
    f"""
    CREATE TRIGGER agreement_line_frozen_delete
    BEFORE DELETE ON agreement_line
    WHEN ({FROZEN_VERSION.format(row="OLD")}) IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'agreement version is frozen'); END
    """,
    """
    CREATE TRIGGER audit_event_no_update
    BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
    """,
    """
    CREATE TRIGGER audit_event_no_delete
    BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
    """,
]


def downgrade() -> None:
    for name in (
        'agreement_version_frozen', 'agreement_version_frozen_delete',
        'agreement_line_frozen_insert', 'agreement_line_frozen_update',
        'agreement_line_frozen_delete', 'audit_event_no_update', 'audit_event_no_delete',
    ):
        op.execute(f'DROP TRIGGER IF EXISTS {name}')
    with op.batch_alter_table('signature', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_signature_version_id'))

    op.drop_table('signature')
    with op.batch_alter_table('review_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_review_decision_version_id'))

    op.drop_table('review_decision')
    with op.batch_alter_table('register_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_register_document_version_id'))

    op.drop_table('register_document')
    with op.batch_alter_table('agreement_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_line_version_id'))

    op.drop_table('agreement_line')
    with op.batch_alter_table('agreement_version', schema=None) as batch_op:
        batch_op.drop_index('ix_agreement_version_status')

    op.drop_table('agreement_version')
    with op.batch_alter_table('service_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_target_level_id'))

    op.drop_table('service_target')
    with op.batch_alter_table('requirement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirement_document_id'))

    op.drop_table('requirement')
    with op.batch_alter_table('agreement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreement_customer_id'))

    op.drop_table('agreement')
    with op.batch_alter_table('service_level', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_level_service_id'))

    op.drop_table('service_level')
    with op.batch_alter_table('requirements_document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_requirements_document_customer_id'))

    op.drop_table('requirements_document')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_customer_id'))

    op.drop_table('contact')
    op.drop_table('service')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_name'))

    op.drop_table('customer')
    op.drop_table('setting')
    op.drop_table('audit_event')
    op.drop_table('app_user')
